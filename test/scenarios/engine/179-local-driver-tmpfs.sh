# checks: a tmpfs-type local volume loses its content once no container has it mounted.
docker volume create -o type=tmpfs -o device=tmpfs tmpv
docker run --name lt1 -v tmpv:/data alpine sh -c 'echo x > /data/f; ls /data'
docker run --name lt2 -v tmpv:/data alpine ls -a /data
