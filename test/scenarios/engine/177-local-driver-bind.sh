# checks: a local volume with type=none,o=bind,device=DIR writes into that host directory.
mkdir dev
docker volume create -o type=none -o o=bind -o device=$(pwd)/dev bindvol
docker run --name lb -v bindvol:/data alpine sh -c 'echo in > /data/f'
cat dev/f
docker volume inspect -f '{{json .Options}}' bindvol
