# checks: -l / --label (a bare key gets an empty value); filtering on a label.
docker run --name lb -l tier=web --label owner=me -l flag alpine true
docker inspect -f '{{json .Config.Labels}}' lb
docker run --name lb2 alpine true
docker ps -a --filter label=tier=web --format '{{.Names}}'
docker ps -a --filter label=flag --format '{{.Names}}'
