# checks: EXPOSE and VOLUME in the config; a file written under a VOLUME path by a later RUN stays in the image (BuildKit)
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
# patched: 2 stderr sub "^" "#0 building with \"default\" instance using docker driver\n\n" -- buildx v0.29.1 (the CLI 28 build client) commands/build.go:368 prints it first: docker-semantics.md §9.4
# patched: 2 stderr sub "(naming to docker\\.io/library/[a-z0-9._-]+) done" "$1:latest done" -- buildx sends the tag normalized with :latest; moby v28.5.2 builder/builder-next/exporter/mobyexporter/export.go:209 prints it as given
# patched: 4 stdout sub "EXPOSE map\\[8080/tcp:\\{\\}\\]" "EXPOSE [8080/tcp]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_expose.go:44 (`EXPOSE %v` of the parsed ports, a []string; instructions/parse.go:695 sorts the words as written; BuildKit of 20.10 printed the map)
# patched: 4 stdout sub "EXPOSE map\\[443/udp:\\{\\} 80/tcp:\\{\\}\\]" "EXPOSE [443/udp 80/tcp]" -- BuildKit v0.25.2 frontend/dockerfile/dockerfile2llb/convert_expose.go:44 (`EXPOSE %v` of the parsed ports, a []string; instructions/parse.go:695 sorts the words as written; BuildKit of 20.10 printed the map)
mkdir ctx && printf 'FROM alpine:3.20\nEXPOSE 80 443/udp\nEXPOSE 8080/tcp\nVOLUME /data\nVOLUME ["/logs", "/cache"]\nRUN mkdir -p /data && echo kept > /data/f\n' > ctx/Dockerfile
docker build -t bt255 ctx
docker image inspect --format '{{json .Config.ExposedPorts}} {{json .Config.Volumes}}' bt255
docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' bt255
docker run --name vc255 bt255 cat /data/f
docker inspect --format '{{len .Mounts}}' vc255
docker volume ls -q | wc -l
