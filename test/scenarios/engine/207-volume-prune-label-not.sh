# checks: docker volume prune --filter label!=... keeps the labelled volumes.
docker volume create --label keep lk
docker volume create lk2
docker volume prune -f --filter label!=keep
docker volume ls -q
