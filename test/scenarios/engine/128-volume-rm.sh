# checks: docker volume rm prints the names, missing names fail, the rest are still removed.
docker volume create r1
docker volume create r2
docker volume rm r1 nope r2
docker volume ls -q
docker volume rm
