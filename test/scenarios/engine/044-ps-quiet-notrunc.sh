# checks: -q prints short IDs, --no-trunc full IDs and commands.
docker run --name pq alpine sh -c 'echo a long command line that will be truncated'
docker ps -a -q
docker ps -a --no-trunc
docker ps -aq --no-trunc
docker inspect -f '{{.Id}}' pq
