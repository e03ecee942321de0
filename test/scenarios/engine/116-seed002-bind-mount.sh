# checks: seed 002: a bind mount writes to the host directory, which outlives the container.
mkdir -p host/dir
docker run --name hi -v $(pwd)/host/dir:/data alpine touch /data/hi
docker rm hi
ls host/dir
