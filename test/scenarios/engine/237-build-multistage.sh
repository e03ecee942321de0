# checks: multi-stage build with COPY --from; only the last stage's layers are in the image
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20 AS builder\nRUN echo artifact > /out.txt\nFROM busybox:latest\nCOPY --from=builder /out.txt /out.txt\nCMD ["cat", "/out.txt"]\n' > ctx/Dockerfile
docker build -t bt237 ctx
docker run --rm bt237
docker history --format '{{.CreatedBy}}|{{.Size}}' bt237
