# checks: --tmpfs is in HostConfig.Tmpfs only, not in Mounts; options are kept as given.
docker run --name tf --tmpfs /cache --tmpfs /run2:size=1m,mode=700 alpine stat -c '%a' /run2
docker inspect -f '{{json .HostConfig.Tmpfs}} {{json .Mounts}}' tf
docker run --name tf2 --tmpfs relative alpine true
