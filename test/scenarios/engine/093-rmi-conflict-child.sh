# checks: an image with child images cannot be deleted by ID, even with -f.
docker run --name pc1 alpine touch /p
docker commit pc1 parentimg
docker run --name pc2 parentimg touch /c
docker commit pc2 childimg
docker rm pc1 pc2
docker rmi -f $(docker image inspect -f '{{.Id}}' parentimg)
docker rmi parentimg
docker images --format '{{.Repository}}:{{.Tag}}' --filter dangling=true
