# checks: a tmpfs is empty at each start; the container layer is not.
docker create --name te --tmpfs /t alpine sh -c 'ls /t /keep 2>/dev/null; touch /t/f; mkdir -p /keep; touch /keep/f'
docker start -a te
docker start -a te
