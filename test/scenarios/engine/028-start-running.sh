# checks: starting a running container is not an error.
docker run -d --name sr alpine sleep 1000
docker start sr
docker ps --format '{{.Names}}'
