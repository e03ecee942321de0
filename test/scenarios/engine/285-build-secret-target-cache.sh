# checks: a secret mounted at a target of its own; a new secret value does not invalidate the cache; no trace in the history
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2,4 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2,4 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2,4 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a RUN --mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only when one state is left); BuildKit of 20.10 did not
mkdir ctx && printf 'FROM alpine:3.20\nRUN --mount=type=secret,id=api,target=/etc/api.key wc -c < /etc/api.key > /len.txt\n' > ctx/Dockerfile && echo first-value > api.txt
docker build --secret id=api,src=api.txt -t bt285 ctx
echo a-much-longer-second-value > api.txt
docker build --secret id=api,src=api.txt -t bt285 ctx
docker run --rm bt285 sh -c 'cat /len.txt; ls /etc/api.key'
docker history --no-trunc --format '{{.CreatedBy}}' bt285 | head -1
