# checks: commit of a running container keeps it running and captures its writes.
docker run -d --name crun alpine sleep 1000
docker exec crun sh -c 'echo live > /live'
docker commit crun livesnap
docker inspect -f '{{.State.Status}}' crun
docker run --rm --name crun2 livesnap cat /live
