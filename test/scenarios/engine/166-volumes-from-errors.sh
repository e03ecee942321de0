# checks: --volumes-from with a missing container or a bad mode.
docker create --name vsrc2 -v /data alpine true
docker run --name vfe1 --volumes-from vsrc2:bogus alpine true
docker run --name vfe2 --volumes-from vsrc2:nocopy alpine true
docker run --name vfe3 --volumes-from nosuch alpine true
docker ps -a --format '{{.Names}}'
