# checks: changing a COPY source reruns that step and the ones after it, not the ones before
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 4 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nRUN echo one > /one\nCOPY a.txt /a.txt\nRUN cat /a.txt > /b.txt\n' > ctx/Dockerfile && echo a > ctx/a.txt
docker build -t bt235 ctx
echo changed > ctx/a.txt
docker build -t bt235 ctx
docker run --rm bt235 cat /b.txt
