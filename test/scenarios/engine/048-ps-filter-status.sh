# checks: --filter status= for each state; a bad status value and a bad filter key.
docker create --name fc alpine
docker run --name fe alpine true
docker run -d --name fr alpine sleep 1000
docker run -d --name fp alpine sleep 1000
docker pause fp
docker ps -a --filter status=created --format '{{.Names}}'
docker ps -a --filter status=exited --format '{{.Names}}'
docker ps -a --filter status=running --format '{{.Names}}'
docker ps -a --filter status=paused --format '{{.Names}}'
docker ps --filter status=exited --format '{{.Names}}'
docker ps -a --filter status=bogus
docker ps -a --filter bogus=1
docker ps -a --filter noequals
