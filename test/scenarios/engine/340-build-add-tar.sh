# checks: ADD unpacks a local tar archive (whatever its name) into the destination, keeping the archive's modes and owners; COPY copies it as a file
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 3 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 3 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && docker run --rm -v "$PWD/ctx:/ctx" alpine:3.20 sh -c 'mkdir -p /src/d && echo one > /src/one.txt && echo two > /src/d/two.txt && chmod 600 /src/one.txt && chown 1000:1000 /src/d/two.txt && tar -C /src -cf /ctx/plain.tar . && cp /ctx/plain.tar /ctx/noext'
printf 'FROM alpine:3.20\nADD plain.tar /p/\nADD noext /n\nCOPY plain.tar /copied/\n' > ctx/Dockerfile
docker build -t bt340 ctx
docker run --rm bt340 sh -c 'find /p /n /copied | sort | xargs stat -c "%n %a %u:%g %F"'
docker history --format '{{.CreatedBy}}|{{.Size}}' bt340
