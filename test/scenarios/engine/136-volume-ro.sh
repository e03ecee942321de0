# checks: -v name:/p:ro mounts read-only: writes fail with EROFS and Mounts shows Mode ro, RW false.
docker run --name vro -v rov:/data:ro alpine touch /data/x
docker inspect -f '{{json .Mounts}}' vro
docker inspect -f '{{json .HostConfig.Binds}}' vro
docker run --name vrw -v rov:/data:rw alpine touch /data/x
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}}{{end}}' vrw
