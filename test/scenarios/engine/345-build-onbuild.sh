# checks: ONBUILD triggers are stored in the image config and run first in a build FROM it, once
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["docker build", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx (the CLI 28 build client) prints it first: docker-semantics.md §9.4; sandbox-engine/builder/build.test.ts
# patched: 4 stderr sub "(naming to docker\\.io/library/[a-z0-9]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stderr sub "\\[1/2\\] FROM docker\\.io/library/bt345base:latest" "[1/4] FROM docker.io/library/bt345base:latest" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1198 (initOnBuildTriggers: cmdTotal += len(triggers); 20.10 did not count them)
# patched: 4 stderr sub "\\[2/2\\] RUN echo triggered" "[2/4] ONBUILD RUN echo triggered" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1198 and :2187-2189 (prefixCommand adds `ONBUILD ` for a trigger's step)
# patched: 4 stderr sub "\\[3/2\\] COPY f\\.txt" "[3/4] ONBUILD COPY f.txt" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1198 and :2187-2189 (prefixCommand adds `ONBUILD ` for a trigger's step)
# patched: 4 stderr sub "\\[4/2\\] RUN cat" "[4/4] RUN cat" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert.go:1198 (initOnBuildTriggers: cmdTotal += len(triggers))
mkdir ctx && echo data > ctx/f.txt && printf 'FROM alpine:3.20\nONBUILD RUN echo triggered > /trig.txt\nONBUILD COPY f.txt /f.txt\nRUN echo base\n' > ctx/Dockerfile.base && printf 'FROM bt345base:latest\nRUN cat /trig.txt /f.txt\n' > ctx/Dockerfile
docker build -f ctx/Dockerfile.base -t bt345base ctx
docker image inspect -f '{{json .Config.OnBuild}}' bt345base
docker build -t bt345 ctx
docker image inspect -f '{{json .Config.OnBuild}}' bt345
docker history --format '{{.CreatedBy}}' bt345
