# checks: --mount type=tmpfs with size and mode: Mounts entry and HostConfig.Mounts.
docker run --name mt --mount type=tmpfs,dst=/scratch,tmpfs-size=64m,tmpfs-mode=1770 alpine stat -c '%a %U' /scratch
docker inspect -f '{{json .Mounts}}' mt
docker inspect -f '{{json .HostConfig.Mounts}}' mt
