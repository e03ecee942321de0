# checks: rm -v removes the container's anonymous volumes, never named ones.
docker run --name rv -v /data alpine touch /data/f
docker volume ls -q | wc -l
docker rm -v rv
docker volume ls -q | wc -l
docker run --name rv2 -v keepme:/data alpine true
docker rm -v rv2
docker volume ls -q
