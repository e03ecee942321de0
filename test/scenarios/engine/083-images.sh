# checks: images / image ls: the table, -q, a repository argument, --format.
docker images
docker image ls
docker images -q
docker images alpine
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker image ls nosuch
