# checks: system prune removes stopped containers and dangling images.
# unordered: docker system prune
docker run --name sp alpine sh -c 'echo 1 > /f'
docker commit sp temp:1
docker commit sp temp:1
docker system prune -f
docker ps -a -q
docker images --filter dangling=true -q
