# checks: rename, and its errors: same name, unknown container, name taken, invalid name, argument count.
docker create --name old alpine
docker rename old newname
docker ps -a --format '{{.Names}}'
docker rename newname newname
docker rename nosuch other
docker create --name taken alpine
docker rename newname taken
docker rename newname x
docker rename newname
