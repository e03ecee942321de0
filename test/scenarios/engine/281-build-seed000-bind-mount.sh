# checks: the seed 000 example: a bind mount from the context during RUN, built with docker image build --secret ... -f Dockerfile -t test .; the mounted file is not in the image
# normalize: ls-time
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2 stderr sub "\\[([0-9]/[0-9])\\]" "[stage-0 $1]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_runmount.go:16-42 (a RUN --mount without from= adds a scratch source state) and convert.go:429-431 (the stage-0 prefix is dropped only when one state is left); BuildKit of 20.10 did not
printf 'FROM alpine:3.20\nWORKDIR /app\nRUN --mount=type=bind,source=key.json,destination=cloud-key.json ls -al > ls.txt\n' > Dockerfile && echo '{"key": "s3cr3t"}' > key.json
docker image build --secret id=my-cloud-key,src=key.json -f Dockerfile -t test .
docker run --rm test cat /app/ls.txt
docker run --rm test ls -a /app
docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' test
