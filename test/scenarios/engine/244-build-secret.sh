# checks: RUN --mount=type=secret reads the --secret file; it is not left in the image
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 3 stderr "ls: /run/secrets: No such file or directory\n" -- BuildKit v0.25.2 client/llb/exec.go:225 (RemoveMountStubsRecursive: true) + executor/stubs.go:95: the empty /run/secrets stub dir is removed after the RUN
# patched: 3 exit 1 -- the same: busybox ls fails on the missing /run/secrets
# patched: 2 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only with one state)
mkdir ctx && printf 'FROM alpine:3.20\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /copied && ls /run/secrets\n' > ctx/Dockerfile && echo s3cr3t > tok.txt
docker build --secret id=tok,src=tok.txt -t bt244 ctx
docker run --rm bt244 sh -c 'cat /copied; ls /run/secrets'
