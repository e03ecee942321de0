# checks: rmi by ID: an image in several repositories, used by a stopped and by a running container.
docker run --name cid alpine touch /f
docker commit cid multi
docker tag multi other
docker rmi $(docker image inspect -f '{{.Id}}' multi)
docker rmi other
docker create --name stopped1 multi
docker rmi $(docker image inspect -f '{{.Id}}' multi)
docker run -d --name running1 multi sleep 1000
docker rm stopped1
docker rmi $(docker image inspect -f '{{.Id}}' multi)
docker rmi -f $(docker image inspect -f '{{.Id}}' multi)
