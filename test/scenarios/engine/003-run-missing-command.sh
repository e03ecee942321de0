# checks: `docker run` of a command the image does not have: exit 127, the container stays Created.
docker run --name r3 alpine nosuchcmd
docker ps -a --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' r3
