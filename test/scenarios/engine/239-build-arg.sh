# checks: --build-arg sets an ARG; the default otherwise
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 4 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 6 stdout sub "ARG WHO=world" "ARG WHO=student" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1858,1889 (dispatchArg: the history text carries the --build-arg value; BuildKit of 20.10 wrote the default)
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo setup > /setup\nARG WHO=world\nRUN echo hello $WHO > /greet\nCMD ["cat", "/greet"]\n' > ctx/Dockerfile
docker build --build-arg WHO=student -t bt239 ctx
docker run --rm bt239
docker build -t bt239b ctx
docker run --rm bt239b
docker history --no-trunc --format '{{.CreatedBy}}' bt239
