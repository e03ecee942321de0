# checks: what a paused container refuses: exec and rm; ps --filter status=paused; rm -f works.
docker run -d --name pz2 alpine sleep 1000
docker pause pz2
docker exec pz2 true
docker rm pz2
docker ps --filter status=paused --format '{{.Names}}'
docker rm -f pz2
