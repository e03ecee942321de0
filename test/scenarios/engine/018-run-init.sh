# checks: --init runs docker-init as PID 1 with the command as its child.
docker run --name in1 --init alpine ps
docker run --name in2 alpine ps
docker inspect -f '{{.HostConfig.Init}} {{.Path}}' in1
