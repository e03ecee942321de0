# checks: docker import makes a one-layer image from a tar (a container export through a pipe, a file made with tar, stdin), with -c changes and -m; its history and config; the errors of missing files, bad changes, bad names and damaged tars.
# patched: 17 stderr "Error response from daemon: RUN is not a valid change command\n" -- moby v28.5.2 builder/dockerfile/builder.go:343 names n.Value, the instruction as written (BuildKit v0.25.2 parser.go:239; 20.10's parser lower-cased it)
# patched: 20 stderr "Error response from daemon: unexpected EOF\n" -- go-archive v0.1.0 chrootarchive/archive_linux.go:12 (in-process unpack, the tar reader's error as it is)
# patched: 21 stderr sub "%2Ftmp%2Fscenario-rec%2Fdocker\\.sock/v1\\.41" "%2Fvar%2Frun%2Fdocker.sock/v1.51" -- the recording daemon's socket and API: Engine 28 answers on /var/run/docker.sock with API 1.51 (moby v28.5.2 api/common.go:6)
docker create --name ex1 alpine
docker export ex1 | docker import - imported:v1
docker images imported
docker history imported:v1
docker run --rm imported:v1 cat /etc/alpine-release
docker image inspect -f '{{json .Config}} {{.Comment}} {{len .RootFS.Layers}}' imported:v1
mkdir -p r/etc && echo hi > r/etc/hi && tar cf r.tar -C r .
docker import -c 'CMD ["/bin/sh"]' -m 'from a tar' r.tar small
docker history small
docker image inspect -f '{{json .Config.Cmd}} {{.Comment}} {{.Size}}' small
docker import -c 'ENV A=1' -c 'WORKDIR /x' -c 'EXPOSE 80' -c 'LABEL a=b' r.tar small:2
docker image inspect -f '{{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.ExposedPorts}} {{json .Config.Labels}}' small:2
docker import - fromstdin < r.tar
docker import - empty < /dev/null
docker image inspect -f '{{.RootFS.Layers}} {{.Size}}' empty
docker import missing.tar
docker import -c 'RUN echo hi' r.tar
docker import r.tar Bad/Name
docker import r.tar x@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
echo hello > t.tar && docker import t.tar
docker import /tmp
docker import
