# checks: a cache mount keeps its files across builds and is not in the image
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 3 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stdout "" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /cache stub dir made for the mount is removed after the RUN; 20.10 left it
# patched: 4 stderr "ls: /cache: No such file or directory\n" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /cache stub dir made for the mount is removed after the RUN; 20.10 left it
# patched: 4 exit 1 -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /cache stub dir made for the mount is removed after the RUN; 20.10 left it
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo setup > /setup\nARG N=1\nRUN --mount=type=cache,target=/cache echo $N >> /cache/log && cat /cache/log && ls /cache\n' > ctx/Dockerfile
docker build --build-arg N=1 -t bt245 ctx
docker build --build-arg N=2 -t bt245 ctx
docker run --rm bt245 ls -a /cache
