# checks: -q: a failing build prints its error on stderr and nothing on stdout
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr "Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN echo out && exit 2\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process \"/bin/sh -c echo out && exit 2\" did not complete successfully: exit code: 2\n" -- buildx v0.29.1: -q makes the display quiet (commands/build.go toDisplayMode), so no progress and no failed-step box; cmd/buildx/main.go:112-118 still prints the Dockerfile excerpt (solver/errdefs/source.go) and the error; BuildKit v0.25.2 solver/llbsolver/ops/exec.go:518
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo out && exit 2\n' > ctx/Dockerfile
docker build -q -t bt300 ctx
