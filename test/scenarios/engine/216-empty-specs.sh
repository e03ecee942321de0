# checks: empty -v, --mount, --tmpfs and --volumes-from values.
docker run --name es1 -v '' alpine true
docker run --name es2 --mount '' alpine true
docker run --name es3 --volumes-from '' alpine true
docker run --name es4 -v : alpine true
docker run --name es5 -v :/data alpine true
docker ps -a -q
