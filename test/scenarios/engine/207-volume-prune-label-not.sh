# checks: docker volume prune --filter label!=... keeps the labelled anonymous volumes.
docker volume create --label keep
docker volume create
docker volume prune -f --filter label!=keep
docker volume ls -q | wc -l
docker volume ls -q --filter label=keep | wc -l
