# checks: a tmpfs mount during RUN: its files are gone afterwards and not in the layer
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a RUN --mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only when one state is left); BuildKit of 20.10 did not
mkdir ctx && printf 'FROM alpine:3.20\nRUN mkdir /scratch && echo lower > /scratch/lower.txt\nRUN --mount=type=tmpfs,target=/scratch echo tmp > /scratch/f && ls /scratch\n' > ctx/Dockerfile
docker build -t bt283 ctx
docker run --rm bt283 ls /scratch
docker history --format '{{.CreatedBy}}|{{.Size}}' bt283 | head -1
