# checks: changing a context file no step copies keeps the build cached; COPY . reruns
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 4,5 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 4,5 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nCOPY a.txt /a.txt\n' > ctx/Dockerfile && printf 'FROM alpine:3.20\nCOPY . /all/\n' > ctx/All.Dockerfile && echo a > ctx/a.txt && echo b > ctx/b.txt
docker build -q -t bt280 ctx >/dev/null && docker build -q -f ctx/All.Dockerfile -t bt280b ctx >/dev/null
echo changed > ctx/b.txt
docker build -t bt280 ctx
docker build -f ctx/All.Dockerfile -t bt280b ctx
