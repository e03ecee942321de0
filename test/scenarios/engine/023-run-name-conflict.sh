# checks: a container name can be used once; the error names the holder by its full ID.
docker run --name dup alpine true
docker run --name dup alpine true
docker create --name dup alpine
docker ps -a --format '{{.Names}}'
