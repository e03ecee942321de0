# checks: a mount on an image VOLUME path replaces the anonymous volume.
docker run --name ivo alpine true
docker commit -c 'VOLUME /data' ivo volimg2
docker run --name ivo1 -v given:/data volimg2 true
docker volume ls -q
mkdir hb
docker run --name ivo2 -v $(pwd)/hb:/data volimg2 true
docker volume ls -q
