# checks: --mount errors returned by the daemon.
docker run --name md1 --mount type=tmpfs,src=x,dst=/d alpine true
docker run --name md2 --mount type=bind,dst=/d alpine true
docker run --name md3 --mount type=volume,src=x,dst=relative alpine true
docker run --name md4 --mount type=bogus,dst=/d alpine true
docker run --name md5 --mount type=tmpfs,dst=/d,tmpfs-mode=999 alpine true
docker ps -a -q
