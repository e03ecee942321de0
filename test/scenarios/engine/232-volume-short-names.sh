# checks: one-letter volume names: the CLI reads `x:/d` as a Windows drive path (one anonymous volume spec); volume create refuses them.
docker run --name sn -v x:/d alpine true
docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' sn
docker inspect -f '{{range .Mounts}}{{.Destination}}{{end}}' sn
docker volume create x
docker volume create ab
