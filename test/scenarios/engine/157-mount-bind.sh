# checks: --mount type=bind: the source must exist; Mounts shows rprivate and empty Mode.
mkdir mb
docker run --name mb1 --mount type=bind,src=$(pwd)/mb,dst=/data alpine touch /data/f
ls mb
docker inspect -f '{{json .Mounts}}' mb1
docker run --name mb2 --mount type=bind,src=$(pwd)/missing,dst=/data alpine true
docker run --name mb3 --mount type=bind,src=$(pwd)/mb,dst=/data,readonly alpine touch /data/g
docker inspect -f '{{json .Mounts}}' mb3
