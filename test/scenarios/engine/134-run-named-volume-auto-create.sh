# checks: -v name:/path creates the named volume on first use, with null Labels and Options.
docker run --name ac -v autovol:/data alpine sh -c 'echo hi > /data/f'
docker volume inspect -f '{{json .Labels}} {{json .Options}}' autovol
docker inspect -f '{{json .Mounts}}' ac
docker run --name ac2 -v autovol:/data alpine cat /data/f
