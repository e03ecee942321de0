# checks: a volume used by a stopped container cannot be removed, not even with -f, until the container goes.
docker run --name user1 -v inuse:/data alpine true
docker volume rm inuse
docker volume rm -f inuse
docker rm user1
docker volume rm inuse
