# checks: .dockerignore with ** (any depth), a directory pattern and a comment
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir -p ctx/sub/deep ctx/docs ctx/tmp && printf 'FROM alpine:3.20\nCOPY . /src/\n' > ctx/Dockerfile && printf '# build noise\n**/*.log\ntmp\ndocs/*.md\n!docs/README.md\n' > ctx/.dockerignore && for f in x.log sub/y.log sub/deep/z.log sub/keep.txt docs/a.md docs/README.md tmp/t.txt main.txt; do echo $f > ctx/$f; done
docker build -t bt274 ctx
docker run --rm bt274 find /src | sort
