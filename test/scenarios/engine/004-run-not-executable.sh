# checks: exit 126 for a file without the execute bit and for a directory.
docker run --name r4 alpine /etc/motd
docker run --name r5 alpine /etc
docker inspect -f '{{.State.ExitCode}}' r4
