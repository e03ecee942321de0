# checks: container prune removes stopped and created containers, never running ones.
# unordered: docker container prune
docker create --name cp_created alpine
docker run --name cp_exited alpine true
docker run -d --name cp_running alpine sleep 1000
docker container prune -f
docker ps -a --format '{{.Names}}'
docker container prune -f
