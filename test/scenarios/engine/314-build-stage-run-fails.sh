# checks: a RUN failing in a named stage: the step and the error name the stage; nothing is tagged
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "ERROR: executor failed running \\[(.*)\\]: exit code: 1" "ERROR: process \"$1\" did not complete successfully: exit code: 1" -- BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
# patched: 2 stderr sub "------\\nexecutor failed running \\[.*\\]: exit code: 1\\n$" "<t> compiling\n------\nDockerfile:2\n--------------------\n   1 |     FROM alpine:3.20 AS builder\n   2 | >>> RUN echo compiling && test -f /src/main.c\n   3 |     FROM busybox:latest\n   4 |     COPY --from=builder /etc/motd /motd\n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c echo compiling && test -f /src/main.c\" did not complete successfully: exit code: 1\n" -- buildx v0.29.1 (the CLI 28 build client): vendor/github.com/moby/buildkit/util/progress/progressui/display.go:784-806 (the failed step with its last log lines), solver/errdefs/source.go:60-92 (the Dockerfile excerpt), commands/build.go:461 and docker-semantics.md §9.4 (`ERROR: failed to build: failed to solve:`); BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
mkdir ctx && printf 'FROM alpine:3.20 AS builder\nRUN echo compiling && test -f /src/main.c\nFROM busybox:latest\nCOPY --from=builder /etc/motd /motd\n' > ctx/Dockerfile
docker build -t bt314 ctx
docker images -q bt314 | wc -l
