# checks: -v /path is an anonymous volume: Config.Volumes, no Binds, anonymous label.
# patched: 4 stdout "{\"com.docker.volume.anonymous\":\"\"}\n" -- moby v28.5.2 volume/service/service.go:78 (Engine 23+ labels every volume created without a name com.docker.volume.anonymous; the 20.10 recording daemon does not)
docker run --name an -v /anon alpine true
docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' an
docker inspect -f '{{json .Mounts}}' an
docker volume inspect -f '{{json .Labels}}' $(docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' an)
