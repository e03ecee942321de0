# checks: COPY --from and RUN --mount from= name an image (not a stage)
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# normalize: ["docker build", "^#[1-9]\\d* ", "#N "]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 2 stderr sub "(#N \\[internal\\] load metadata for docker\\.io/library/alpine:3\\.20\\n#N DONE <t>\\n\\n)" "$1#N [internal] load metadata for docker.io/library/busybox:latest\n#N DONE <t>\n\n" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:437-523 (resolveReachableStages resolves the implicit stages of COPY --from=<image> and RUN --mount from=<image> too; BuildKit 0.8 of Engine 20.10 skipped them, `!d.unregistered`, until 277517e2a)
mkdir ctx && printf 'FROM alpine:3.20\nCOPY --from=busybox:latest /etc/passwd /bb-passwd\nRUN --mount=type=bind,from=busybox:latest,target=/mnt ls /mnt/bin | head -3\n' > ctx/Dockerfile
docker build -t bt343 ctx
docker run --rm bt343 cat /bb-passwd
docker history --format '{{.CreatedBy}}' bt343
