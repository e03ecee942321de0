# checks: rm of several containers: each removed one is printed, errors go to stderr, exit 1.
docker create --name ma alpine
docker create --name mb alpine
docker rm ma nosuch mb
docker ps -a --format '{{.Names}}'
