# checks: ps lists running containers, ps -a all of them, newest first.
docker create --name p1 alpine
docker run --name p2 alpine true
docker run -d --name p3 alpine sleep 1000
docker ps
docker ps -a
docker container ls -a --format '{{.Names}}'
