# checks: docker create with -v and --mount: inspect HostConfig before start, volumes already exist.
docker create --name cc1 -v cv:/data --mount type=volume,src=cv2,dst=/data2 --tmpfs /t alpine true
docker volume ls -q
docker inspect -f '{{json .HostConfig.Binds}} {{json .HostConfig.Tmpfs}}' cc1
docker inspect -f '{{range .Mounts}}{{println .Name .Destination}}{{end}}' cc1 | sort
