# checks: a second build of the same context is fully CACHED and gives the same image
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 3 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo one > /one\nCOPY a.txt /a.txt\n' > ctx/Dockerfile && echo a > ctx/a.txt
docker build -t bt234 ctx
docker build -t bt234 ctx
docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}' bt234
