# checks: logs of a running container show what it printed so far; -t adds timestamps.
docker run -d --name lr alpine sh -c 'echo started; sleep 1000'
docker exec lr true
docker logs lr
docker logs -t lr
