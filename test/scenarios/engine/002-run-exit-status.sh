# checks: `docker run` exits with the command's status; the container keeps it.
docker run --name r2 alpine sh -c 'exit 3'
docker ps -a --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Running}}' r2
