# checks: --tmpfs size= is recorded; --mount tmpfs-size units are converted in HostConfig.Mounts.
docker run --name ts1 --mount type=tmpfs,dst=/a,tmpfs-size=1g --mount type=tmpfs,dst=/b,tmpfs-size=1536k alpine true
docker inspect -f '{{range .HostConfig.Mounts}}{{.Target}} {{json .TmpfsOptions}}{{println}}{{end}}' ts1 | sort
docker run --name ts2 --tmpfs /c:size=2m,uid=1000 alpine stat -c '%u' /c
