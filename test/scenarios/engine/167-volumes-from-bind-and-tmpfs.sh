# checks: --volumes-from carries binds but not --tmpfs mounts.
mkdir vb
echo b > vb/file
docker create --name vsrc3 -v $(pwd)/vb:/bind --tmpfs /tm alpine true
docker run --name vfb --volumes-from vsrc3 alpine sh -c 'cat /bind/file; ls -d /tm'
docker inspect -f '{{json .Mounts}} {{json .HostConfig.Tmpfs}}' vfb
