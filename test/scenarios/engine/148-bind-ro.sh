# checks: a read-only bind mount: EROFS inside, Mounts shows Mode ro and rprivate.
mkdir rob
docker run --name bro -v $(pwd)/rob:/data:ro alpine sh -c 'echo x > /data/f'
docker inspect -f '{{json .Mounts}}' bro
ls rob
