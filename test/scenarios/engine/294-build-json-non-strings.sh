# checks: an exec-form array with a number in it
# normalize: ["", "^\\d+\\.\\d+ ", "<t> "]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "\\n#2 \\[internal\\] load \\.dockerignore\\n[\\s\\S]*$" "Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> CMD [\"sleep\", 5]\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: when using JSON array syntax, arrays must be comprised of strings only\n" -- buildx v0.29.1 (the CLI 28 build client): vendor/github.com/moby/buildkit/util/progress/progressui/display.go:784-806 (the failed step with its last log lines), solver/errdefs/source.go:60-92 (the Dockerfile excerpt), commands/build.go:461 and docker-semantics.md §9.4 (`ERROR: failed to build: failed to solve:`); BuildKit v0.25.2 frontend/dockerfile/parser/line_parsers.go parseMaybeJSON; BuildKit v0.25.2 parses the Dockerfile before loading .dockerignore, which dockerui does only for the context
mkdir ctx && printf 'FROM alpine:3.20\nCMD ["sleep", 5]\n' > ctx/Dockerfile
docker build -t bt294 ctx
