# checks: a bind mount of the context is read-only; with rw its writes are thrown away after the step
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a RUN --mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only when one state is left); BuildKit of 20.10 did not
# patched: 4 stdout "" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /src stub directory made for the mount is removed after the RUN; BuildKit of 20.10 left it
# patched: 4 stderr "ls: /src: No such file or directory\n" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /src stub directory made for the mount is removed after the RUN; BuildKit of 20.10 left it
# patched: 4 exit 1 -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /src stub directory made for the mount is removed after the RUN; BuildKit of 20.10 left it
mkdir ctx && printf 'FROM alpine:3.20\nRUN --mount=type=bind,target=/src touch /src/x || echo read-only\nRUN --mount=type=bind,target=/src,rw echo new > /src/new.txt && ls /src\nRUN --mount=type=bind,target=/src ls /src\n' > ctx/Dockerfile && echo a > ctx/a.txt
docker build -t bt282 ctx
ls ctx
docker run --rm bt282 ls /src
