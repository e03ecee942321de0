# checks: unknown flags fail in the CLI with exit 125; flags after the image belong to the command.
docker run --foo alpine
docker run -Z alpine
docker run --name rf alpine echo --foo -Z
docker ps -a --format '{{.Names}}'
