# checks: `docker run` prints the command's output, and the exited container stays listed.
docker run --name r1 alpine echo hello
docker ps -a
docker ps -a --format '{{.Names}} {{.Image}} {{.Command}} {{.Status}}'
