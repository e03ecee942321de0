# checks: logs of an exited container: stdout and stderr kept apart, --tail, -f returns at once when it has exited.
docker run --name lg alpine sh -c 'for i in 1 2 3 4 5; do echo line$i; done; echo oops >&2'
docker logs lg
docker logs --tail 2 lg
docker logs --tail 0 lg
docker logs -f lg
docker logs -f --tail 1 lg
docker logs nosuch
