# checks: volumes outlive their container and become dangling when it goes.
docker run --name vl -v named9:/n -v /a alpine true
docker volume ls --filter dangling=true -q | wc -l
docker rm vl
docker volume ls --filter dangling=true -q | wc -l
docker volume ls --filter dangling=1 --filter name=named -q
