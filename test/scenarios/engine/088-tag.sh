# checks: tag adds names to an image; errors: unknown source, invalid target, argument count.
docker tag alpine myalpine
docker tag alpine myalpine:v1
docker tag alpine registry.example.com:5000/team/app:1.0
docker images --format '{{.Repository}}:{{.Tag}}' myalpine
docker image inspect -f '{{json .RepoTags}}' myalpine:v1
docker tag nosuch x1
docker tag alpine Bad
docker tag alpine a:b:c
docker tag alpine
