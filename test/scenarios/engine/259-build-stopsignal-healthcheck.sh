# checks: STOPSIGNAL and HEALTHCHECK with options in the config and history; HEALTHCHECK NONE in a child image
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4,7 stdout sub "(HEALTHCHECK &\\{\\[.*\\] \"[^\"]*\" \"[^\"]*\" \"[^\"]*\") '" "$1 \"0s\" '" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1804 (`HEALTHCHECK %q` of the config) with docker-image-spec specs-go/v1/image.go:35-53: the struct has StartInterval before Retries; BuildKit of 20.10 had no such field
mkdir ctx && printf 'FROM alpine:3.20\nSTOPSIGNAL SIGINT\nHEALTHCHECK --interval=30s --timeout=5s --start-period=2s --retries=4 CMD test -f /etc/motd || exit 1\n' > ctx/Dockerfile && printf 'FROM bt259\nHEALTHCHECK NONE\n' > ctx/None.Dockerfile
docker build -t bt259 ctx
docker image inspect --format '{{.Config.StopSignal}} {{json .Config.Healthcheck}}' bt259
docker history --no-trunc --format '{{.CreatedBy}}' bt259
docker build -q -f ctx/None.Dockerfile -t bt259n ctx >/dev/null
docker image inspect --format '{{json .Config.Healthcheck}}' bt259n
docker history --no-trunc --format '{{.CreatedBy}}' bt259n
