# checks: FROM --platform=$BUILDPLATFORM and the automatic platform ARGs (linux/amd64 here)
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 5 stdout sub "ARG (TARGETARCH|TARGETOS|TARGETPLATFORM|BUILDPLATFORM)\n" "ARG $1=<v:$1>\n" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1850-1856,1887-1893 (dispatchArg: a stage ARG without a value takes the global value and writes it into the history; BuildKit of 20.10 wrote the name only)
# patched: 5 stdout sub "<v:(TARGETARCH)>" "amd64" -- the same
# patched: 5 stdout sub "<v:(TARGETOS)>" "linux" -- the same
# patched: 5 stdout sub "<v:(?:TARGETPLATFORM|BUILDPLATFORM)>" "linux/amd64" -- the same
mkdir ctx && printf 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS build\nARG BUILDPLATFORM\nARG TARGETPLATFORM\nARG TARGETOS\nARG TARGETARCH\nRUN echo "$BUILDPLATFORM $TARGETPLATFORM $TARGETOS $TARGETARCH" > /p.txt\nFROM alpine:3.20\nCOPY --from=build /p.txt /p.txt\nCMD ["cat", "/p.txt"]\n' > ctx/Dockerfile
docker build --platform linux/amd64 -t bt346 ctx
docker run --rm bt346
docker build --target build -q -t bt346b ctx
docker history --no-trunc --format '{{.CreatedBy}}' bt346b
