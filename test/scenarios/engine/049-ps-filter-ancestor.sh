# checks: --filter ancestor= by name, name:tag and image ID; an unknown image.
docker create --name fa alpine
docker create --name fb busybox
docker ps -a --filter ancestor=alpine --format '{{.Names}} {{.Image}}'
docker ps -a --filter ancestor=busybox:latest --format '{{.Names}}'
docker ps -a --filter ancestor=$(docker image inspect -f '{{.Id}}' busybox) --format '{{.Names}}'
docker ps -a --filter ancestor=nosuchimage --format '{{.Names}}'
