# checks: the last tag of an image a container uses cannot be removed without -f; -f untags it.
docker run --name ct alpine touch /f
docker commit ct solo
docker create --name user1 solo
docker rmi solo
docker rmi -f solo
docker images --filter dangling=true --format '{{.Repository}}:{{.Tag}}'
docker ps -a --format '{{.Names}} {{.Image}}'
