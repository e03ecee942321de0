# checks: ADD --chown of an archive owns every unpacked entry (Engine 28); --chmod does not apply to unpacked entries
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 3 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stdout sub "(/c/\\S*) (\\d+) \\d+:\\d+" "$1 $2 1234:2345" -- BuildKit v0.25.2 solver/llbsolver/file/unpack.go:44-49 (TarOptions.ChownOpts: --chown owns every unpacked entry; commit 46e52f47 "file: add chown to archive unpack from copy", BuildKit v0.23; 20.10 kept the archive's owners)
# patched: 5 stdout sub "ADD plain\\.tar /c/ # buildkit" "ADD --chown=1234:2345 plain.tar /c/ # buildk…" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1490-1495 (dispatchCopy writes --chown and --chmod into the history text)
# patched: 5 stdout sub "ADD plain\\.tar /m/" "ADD --chmod=700 plain.tar /m/" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1490-1495 (dispatchCopy writes --chown and --chmod into the history text)
mkdir ctx && docker run --rm -v "$PWD/ctx:/ctx" alpine:3.20 sh -c 'mkdir -p /src/d && echo one > /src/one.txt && echo two > /src/d/two.txt && chmod 600 /src/one.txt && chown 1000:1000 /src/d/two.txt && tar -C /src -cf /ctx/plain.tar . && cp /ctx/plain.tar /ctx/noext'
printf 'FROM alpine:3.20\nADD --chown=1234:2345 plain.tar /c/\nADD --chmod=700 plain.tar /m/\n' > ctx/Dockerfile
docker build -t bt342 ctx
docker run --rm bt342 sh -c 'find /c /m | sort | xargs stat -c "%n %a %u:%g"'
docker history --format '{{.CreatedBy}}' bt342
