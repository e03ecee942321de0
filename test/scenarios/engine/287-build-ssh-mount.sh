# checks: RUN --mount=type=ssh without --ssh: optional is skipped (SSH_AUTH_SOCK still set), required=true fails
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2,3 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a RUN --mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only when one state is left); BuildKit of 20.10 did not
# patched: 3 stderr sub "------\\nno SSH key \"\" forwarded from the client\\n$" "------\nRequired.Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN --mount=type=ssh,required=true echo hi\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: no SSH key \"\" forwarded from the client\n" -- buildx v0.29.1 (the CLI 28 build client): vendor/github.com/moby/buildkit/util/progress/progressui/display.go:784-806 (the failed step with its last log lines), solver/errdefs/source.go:60-92 (the Dockerfile excerpt), commands/build.go:461 and docker-semantics.md §9.4 (`ERROR: failed to build: failed to solve:`); BuildKit v0.25.2 solver/llbsolver/mounts/mount.go:168
mkdir ctx && printf 'FROM alpine:3.20\nRUN --mount=type=ssh echo "sock=$SSH_AUTH_SOCK" && ls -a /run\n' > ctx/Dockerfile && printf 'FROM alpine:3.20\nRUN --mount=type=ssh,required=true echo hi\n' > ctx/Required.Dockerfile
docker build -t bt287 ctx
docker build -f ctx/Required.Dockerfile -t bt287 ctx
