# checks: image prune -f removes dangling images and reports the space; a second prune has nothing to do.
docker run --name ip alpine sh -c 'echo 123456789 > /f'
docker commit ip temp:1
docker commit ip temp:1
docker image prune -f
docker image prune -f
docker images --format '{{.Repository}}:{{.Tag}}' temp
