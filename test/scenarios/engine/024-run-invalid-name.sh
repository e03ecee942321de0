# checks: container names must be 2+ characters of [a-zA-Z0-9][a-zA-Z0-9_.-].
docker run --name x alpine true
docker run --name 'bad name' alpine true
docker run --name _under alpine true
docker create --name ok.name-1_2 alpine
docker ps -a --format '{{.Names}}'
