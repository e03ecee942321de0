# checks: -d prints the full container ID and returns while the container runs.
docker run -d --name dd alpine sleep 1000
docker ps
docker ps --format '{{.ID}} {{.Names}} {{.Status}}'
docker inspect -f '{{.State.Status}}' dd
