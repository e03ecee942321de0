# checks: FROM scratch: only the copied files, one layer per COPY, the default PATH and no Cmd
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 5 stderr sub "No command specified" "no command specified" -- moby v28.5.2 daemon/create.go:352 (mergeAndVerifyConfig; 20.10 capitalized it)
mkdir -p ctx/sub && printf 'FROM scratch\nCOPY hello.txt /\nCOPY sub /sub/\n' > ctx/Dockerfile && echo hello > ctx/hello.txt && echo deep > ctx/sub/deep.txt
docker build -t bt247 ctx
docker history --format '{{.CreatedBy}}|{{.Size}}' bt247
docker image inspect --format '{{len .RootFS.Layers}} {{json .Config.Env}} {{json .Config.Cmd}} {{.Os}}/{{.Architecture}}' bt247
docker create --name sc247 bt247
docker create --name sc247 bt247 /nothing && docker export sc247 | tar -t | sort
