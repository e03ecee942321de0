# checks: two mounts on the same target are rejected with Duplicate mount point.
docker run --name d1 -v a1:/data -v b1:/data alpine true
docker run --name d2 -v a1:/data --mount type=volume,src=b1,dst=/data alpine true
docker run --name d3 -v a1:/tmp --tmpfs /tmp alpine true
docker ps -a -q
