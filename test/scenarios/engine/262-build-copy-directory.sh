# checks: COPY of a directory copies its contents; the destination with or without a trailing slash; COPY . copies the whole context
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir -p ctx/dir/inner && printf 'FROM alpine:3.20\nCOPY dir /d1\nCOPY dir/ /d2/\nCOPY dir/inner /d3/\nCOPY . /all/\n' > ctx/Dockerfile && echo a > ctx/dir/a.txt && echo b > ctx/dir/inner/b.txt
docker build -t bt262 ctx
docker run --rm bt262 find /d1 /d2 /d3 /all | sort
