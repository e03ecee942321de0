# checks: --init runs docker-init as PID 1 with the command as its child.
# The PID runc gives the child varies (6 or 7): normalized.
# normalize: ["docker run --name in1", "^ +\\d+ (root +ps)$", "<pid> $1"]
docker run --name in1 --init alpine ps
docker run --name in2 alpine ps
docker inspect -f '{{.HostConfig.Init}} {{.Path}}' in1
