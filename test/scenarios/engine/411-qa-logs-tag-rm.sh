# checks: commands around the lessons a student tries: logs of the lesson's container, rm of several, rmi by ID prefix, tag variations
docker run --name box alpine sh -c 'echo hello; echo bye; echo hello > /etc/motd'
docker logs box
docker logs --tail 1 box
docker logs -n 1 box
docker container logs box 2>/dev/null
docker commit box mine:v1
docker images --format '{{.Repository}}:{{.Tag}}' mine
docker tag mine:v1 mine
docker tag mine:v1 Mine:v2
docker tag nosuch mine:v3
docker images --format '{{.Repository}}:{{.Tag}}' mine | sort
docker rmi $(docker image inspect -f '{{.Id}}' mine:v1 | cut -c8-11)
docker rmi -f $(docker image inspect -f '{{.Id}}' mine:v1 | cut -c8-11)
docker images --format '{{.Repository}}:{{.Tag}}' mine | sort
docker rm box nosuch
docker rm $(docker ps -aq)
