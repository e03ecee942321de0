# checks: RUN --mount=type=bind,from=<stage> reads a file of another stage without copying it
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 3 stderr "ls: /mnt: No such file or directory\n" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the stubs made for the mount target (/mnt/tool.txt and the /mnt busybox lacks) are removed after the RUN, parents too; BuildKit of 20.10 left /mnt
# patched: 3 exit 1 -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the stubs made for the mount target (/mnt/tool.txt and the /mnt busybox lacks) are removed after the RUN, parents too; BuildKit of 20.10 left /mnt
mkdir ctx && printf 'FROM alpine:3.20 AS assets\nRUN echo "tool output" > /tool.txt\nFROM busybox:latest\nRUN --mount=type=bind,from=assets,source=/tool.txt,target=/mnt/tool.txt cat /mnt/tool.txt > /copied.txt\n' > ctx/Dockerfile
docker build -t bt284 ctx
docker run --rm bt284 sh -c 'cat /copied.txt; ls /mnt'
