# checks: a --volumes-from mount has the source's name, source and mode; HostConfig.VolumesFrom keeps the spec.
docker create --name vi -v named3:/data alpine true
docker run --name vi2 --volumes-from vi:ro alpine true
docker inspect -f '{{json .Mounts}}' vi2
docker inspect -f '{{json .HostConfig.VolumesFrom}}' vi2
