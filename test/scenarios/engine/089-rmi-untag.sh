# checks: rmi of one of several tags only untags; unknown image; rmi -f of an unknown image; no arguments.
docker tag alpine mine
docker rmi mine
docker images --format '{{.Repository}}:{{.Tag}}' alpine
docker rmi nosuch
docker rmi -f nosuch
docker rmi
