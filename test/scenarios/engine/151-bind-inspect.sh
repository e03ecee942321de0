# checks: inspect of a -v bind: Mounts entry, HostConfig.Binds, empty Config.Volumes.
mkdir bi
docker run --name bin -v $(pwd)/bi:/data alpine true
docker inspect -f '{{json .Mounts}}' bin
docker inspect -f '{{json .HostConfig.Binds}} {{json .Config.Volumes}} {{json .HostConfig.Mounts}}' bin
