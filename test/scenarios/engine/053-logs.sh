# checks: logs of an exited container, --tail, -f returns at once when the container has exited; stderr stays stderr.
docker run --name lg alpine sh -c 'for i in 1 2 3 4 5; do echo line$i; done'
docker logs lg
docker logs --tail 2 lg
docker logs --tail 0 lg
docker logs -f lg
docker logs -f --tail 1 lg
docker run --name lge alpine sh -c 'echo to-stderr >&2'
docker logs lge
docker logs nosuch
