# checks: --read-only: writes to the root file system fail; nothing reaches the container layer.
docker run --name ro1 --read-only alpine touch /x
docker run --name ro2 --read-only alpine sh -c 'echo ok > /tmp/f'
docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' ro1
docker diff ro1
