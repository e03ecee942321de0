# checks: a failing RUN ends the build with its exit code in the error
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# normalize: ["docker build", "^\\d+\\.\\d+ ", "<t> "]
# patched: 2 stderr sub "#6 ERROR: executor failed running \\[(.*)\\]: exit code: 1" "#6 ERROR: process \"$1\" did not complete successfully: exit code: 1" -- BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
# patched: 2 stderr sub "------\\nexecutor failed running \\[.*\\]: exit code: 1\\n$" "<t> ls: /nonexistent: No such file or directory\n------\nDockerfile:3\n--------------------\n   1 |     FROM alpine:3.20\n   2 |     RUN echo before\n   3 | >>> RUN ls /nonexistent\n   4 |     RUN echo after\n   5 |     \n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c ls /nonexistent\" did not complete successfully: exit code: 1\n" -- buildx (the CLI 28 build client) error summary with the Dockerfile excerpt and `ERROR: failed to build: failed to solve:`: docker-semantics.md §9.4; sandbox-engine/builder/error-block.ts (it repeats the step's last log lines); BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo before\nRUN ls /nonexistent\nRUN echo after\n' > ctx/Dockerfile
docker build -t bt241 ctx
docker images -q bt241
