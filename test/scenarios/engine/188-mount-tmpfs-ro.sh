# checks: a read-only --mount tmpfs refuses writes.
docker run --name mtr --mount type=tmpfs,dst=/t,readonly alpine touch /t/f
docker inspect -f '{{json .Mounts}}' mtr
