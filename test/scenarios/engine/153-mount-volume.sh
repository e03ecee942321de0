# checks: --mount type=volume with source/target: Mounts entry and HostConfig.Mounts.
docker run --name mv -d --mount type=volume,source=mvol,target=/data alpine true
docker wait mv
docker inspect -f '{{json .Mounts}}' mv
docker inspect -f '{{json .HostConfig.Mounts}}' mv
