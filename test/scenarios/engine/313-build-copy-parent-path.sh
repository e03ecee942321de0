# checks: a COPY source with ../ cannot leave the context: it is cleaned to the context root
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["docker build", "checksum of ref [0-9a-z-]+(?:<hex12:\\d+>)?::[0-9a-z]+:", "checksum of ref <ref>:"]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "ERROR: \"/secret.txt\" not found: not found" "ERROR: failed to calculate checksum of ref <ref>: \"/secret.txt\": not found" -- BuildKit v0.25.2 solver/llbsolver/ops/opsutils/contenthash.go:59, cache/contenthash/checksum.go:29
# patched: 2 stderr sub "------\\nfailed to compute cache key: .*\\n$" "------\nDockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> COPY ../secret.txt /s.txt\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref <ref>: \"/secret.txt\": not found\n" -- buildx v0.29.1 (the CLI 28 build client): vendor/github.com/moby/buildkit/util/progress/progressui/display.go:784-806 (the failed step with its last log lines), solver/errdefs/source.go:60-92 (the Dockerfile excerpt), commands/build.go:461 and docker-semantics.md §9.4 (`ERROR: failed to build: failed to solve:`); BuildKit v0.25.2 solver/edge.go:900, BuildKit v0.25.2 solver/llbsolver/ops/opsutils/contenthash.go:59, cache/contenthash/checksum.go:29
mkdir ctx && echo outside > secret.txt && printf 'FROM alpine:3.20\nCOPY ../secret.txt /s.txt\n' > ctx/Dockerfile
docker build -t bt313 ctx
