# checks: an ARG before FROM chooses the base image; re-declared in the stage it is visible to RUN
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,4 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2,4 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'ARG VER=3.20\nFROM alpine:${VER}\nARG VER\nRUN echo "version $VER" > /v\n' > ctx/Dockerfile
docker build -t bt252 ctx
docker run --rm bt252 cat /v
docker build --build-arg VER=latest -t bt252b ctx
docker run --rm bt252b cat /v
