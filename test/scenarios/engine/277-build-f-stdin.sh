# checks: the Dockerfile from standard input: -f - with a context, and - alone without one
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2,3 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nCOPY a.txt /a.txt\n' > df1 && printf 'FROM alpine:3.20\nRUN echo no-context > /n\n' > df2 && echo a > ctx/a.txt
cat df1 | docker build -f - -t bt277 ctx
cat df2 | docker build -t bt277b -
docker run --rm bt277 cat /a.txt
docker run --rm bt277b cat /n
