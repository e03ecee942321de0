# checks: a file deleted in a later layer still weighs in the layer that added it; the image size counts both
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
mkdir ctx && printf 'FROM alpine:3.20\nRUN head -c 2000000 /dev/zero > /big\nRUN rm /big\n' > ctx/Dockerfile && printf 'FROM alpine:3.20\nRUN head -c 2000000 /dev/zero > /big && rm /big\n' > ctx/One.Dockerfile
docker build -t bt264 ctx
docker history --format '{{.CreatedBy}}|{{.Size}}' bt264
docker images --format '{{.Repository}} {{.Size}}' bt264
docker build -q -f ctx/One.Dockerfile -t bt264b ctx >/dev/null
docker history --format '{{.CreatedBy}}|{{.Size}}' bt264b
docker images --format '{{.Repository}} {{.Size}}' bt264b
docker run --rm bt264 ls /big
