# checks: --mount volume-subpath mounts a directory inside the volume; a missing one fails.
docker run --name sp1 -v subv:/data alpine mkdir -p /data/a/b
docker run --name sp2 --mount type=volume,src=subv,dst=/x,volume-subpath=a alpine ls /x
docker run --name sp3 --mount type=volume,src=subv,dst=/x,volume-subpath=nope alpine true
