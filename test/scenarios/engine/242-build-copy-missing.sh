# checks: COPY of a file not in the context
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# normalize: ["docker build", "checksum of ref [0-9a-z-]+(?:<hex12:\\d+>)?::[0-9a-z]+:", "checksum of ref <ref>:"]
# patched: 2 stderr sub "#6 ERROR: \"/missing.txt\" not found: not found" "#6 ERROR: failed to calculate checksum of ref <ref>: \"/missing.txt\": not found" -- BuildKit v0.25.2 solver/llbsolver/ops/opsutils/contenthash.go:59, cache/contenthash/checksum.go:29
# patched: 2 stderr sub "------\\nfailed to compute cache key: .*\\n$" "------\nDockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> COPY missing.txt /m.txt\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref <ref>: \"/missing.txt\": not found\n" -- buildx (the CLI 28 build client) error summary with the Dockerfile excerpt and `ERROR: failed to build: failed to solve:`: docker-semantics.md §9.4; sandbox-engine/builder/error-block.ts; BuildKit v0.25.2 solver/edge.go:900, opsutils/contenthash.go:59
mkdir ctx && printf 'FROM alpine:3.20\nCOPY missing.txt /m.txt\n' > ctx/Dockerfile
docker build -t bt242 ctx
