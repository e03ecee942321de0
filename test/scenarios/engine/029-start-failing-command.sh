# checks: start of a container whose command does not exist.
docker create --name sf alpine nosuchcmd
docker start sf
docker ps -a --format '{{.Names}}: {{.Status}}'
