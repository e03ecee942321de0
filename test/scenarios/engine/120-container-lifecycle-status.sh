# checks: State through a container's life: created, running, paused, exited (and the ps STATUS column).
docker create --name lc alpine sleep 1000
docker inspect -f '{{.State.Status}}' lc
docker start lc
docker inspect -f '{{.State.Status}}' lc
docker pause lc
docker inspect -f '{{.State.Status}}' lc
docker unpause lc
docker kill lc
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' lc
docker ps -a --format '{{.Status}}'
