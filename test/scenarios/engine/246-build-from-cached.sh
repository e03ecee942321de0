# checks: a FROM whose image an earlier build loaded prints CACHED when the step after it misses, DONE when everything after it is cached
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,3,4,5 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2,3,4,5 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nARG N=1\nRUN echo $N > /n\n' > ctx/Dockerfile && printf 'FROM alpine:3.20\nCMD ["cat", "/etc/motd"]\n' > ctx/Cmd.Dockerfile
docker build --build-arg N=1 -t bt246 ctx
docker build --build-arg N=2 -t bt246 ctx
docker build --build-arg N=2 -t bt246 ctx
docker build -f ctx/Cmd.Dockerfile -t bt246c ctx
docker run --rm bt246 cat /n
