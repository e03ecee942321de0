# checks: `--rm` removes the container when it exits, whatever its status.
docker run --rm --name rr alpine echo bye
docker ps -a -q --filter name=rr
docker run --rm --name rr alpine sh -c 'exit 2'
docker ps -a --format '{{.Names}}'
