# checks: attach connects stdin and stdout of a running -i container and returns its exit status.
docker run -d -i --name at2 alpine sh -c 'read line; echo got:$line; exit 7'
echo hello | docker attach at2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' at2
