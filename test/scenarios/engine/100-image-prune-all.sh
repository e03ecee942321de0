# checks: image prune -a removes every image no container uses.
# unordered: docker image prune
docker create --name keepalpine alpine
docker image prune -a -f
docker images --format '{{.Repository}}:{{.Tag}}'
