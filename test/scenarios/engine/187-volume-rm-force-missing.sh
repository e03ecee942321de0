# checks: docker volume rm -f ignores missing volumes.
docker volume rm -f nope
docker volume create fm
docker volume rm -f fm nope2
docker volume ls -q
