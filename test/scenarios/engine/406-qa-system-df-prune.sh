# checks: docker system df (plain and -v) after the lessons' objects, then the prune commands a student tries
# unordered: docker image prune
# normalize: ["docker system df -v", " {2,}", "   "]
# unordered: docker system df -v
docker volume create data
docker run --name keeper -v data:/data alpine sh -c 'echo 42 > /data/answer'
docker run --name box alpine sh -c 'echo hello > /etc/motd'
docker commit box mine:v1
docker run -d --name live alpine sleep 1000
docker system df
docker system df -v
docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}'
docker container prune -f
docker ps -a --format '{{.Names}}'
docker volume ls -q
docker image prune -f
docker image prune -af
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker rm -f live
docker system prune -f
docker system df
