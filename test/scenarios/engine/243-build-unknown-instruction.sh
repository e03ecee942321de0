# checks: a Dockerfile parse error (unknown instruction)
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "\\n#2 \\[internal\\] load \\.dockerignore\\n[\\s\\S]*$" "Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUNN echo hi\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)\n" -- buildx (the CLI 28 build client) error summary with the Dockerfile excerpt and `ERROR: failed to build: failed to solve:`: docker-semantics.md §9.4; sandbox-engine/builder/error-block.ts; BuildKit v0.25.2 frontend/dockerfile/instructions/parse.go:167,176 (with the suggestion); the Dockerfile is parsed before the .dockerignore is loaded, which v0.25.2 does only for the context (dockerui)
mkdir ctx && printf 'FROM alpine:3.20\nRUNN echo hi\n' > ctx/Dockerfile
docker build -t bt243 ctx
