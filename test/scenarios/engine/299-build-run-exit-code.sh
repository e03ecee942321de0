# checks: a RUN's exit code is in the error; docker build itself exits 1
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "ERROR: executor failed running \\[(.*)\\]: exit code: 3" "ERROR: process \"$1\" did not complete successfully: exit code: 3" -- BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
# patched: 2 stderr sub "------\\nexecutor failed running \\[.*\\]: exit code: 3\\n$" "------\nDockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN echo partial > /p && exit 3\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c echo partial > /p && exit 3\" did not complete successfully: exit code: 3\n" -- buildx v0.29.1 (the CLI 28 build client): vendor/github.com/moby/buildkit/util/progress/progressui/display.go:784-806 (the failed step with its last log lines), solver/errdefs/source.go:60-92 (the Dockerfile excerpt), commands/build.go:461 and docker-semantics.md §9.4 (`ERROR: failed to build: failed to solve:`); BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo partial > /p && exit 3\n' > ctx/Dockerfile
docker build -t bt299 ctx
docker images -q bt299 | wc -l
