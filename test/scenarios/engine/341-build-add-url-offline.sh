# checks: ADD of a URL on an engine without network fails computing the source's cache key
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# normalize: ["docker build", "lookup example\\.com on [0-9.]+:53", "lookup example.com on <ns>:53"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "#(\\d+) https://example\\.com/file\\.txt\\n" "#$1 [2/2] ADD https://example.com/file.txt /x.txt\n" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1588 (the HTTP source takes the step's name, llb.WithCustomName(pgName); 20.10 named it by the URL)
# patched: 2 stderr sub " > https://example\\.com/file\\.txt:" " > [2/2] ADD https://example.com/file.txt /x.txt:" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1588 (the same vertex name in buildx's error summary)
# patched: 2 stderr sub "------\\nfailed to load cache key: " "------\nERROR: failed to build: failed to solve: failed to load cache key: " -- buildx (the CLI 28 build client) error line: docker-semantics.md §9.4; BuildKit v0.25.2 solver/edge.go:345; no Dockerfile excerpt: the HTTP source op carries no source location (convert.go:1588 sets none, only the file op has location())
mkdir ctx && printf 'FROM alpine:3.20\nADD https://example.com/file.txt /x.txt\n' > ctx/Dockerfile
docker build -t bt341 ctx
docker images -q bt341
