# checks: --volumes-from carries a source's image VOLUME; the new container makes no second volume.
docker run --name ix alpine true
docker commit -c 'VOLUME /data' ix ivvf
docker run --name ix1 ivvf sh -c 'echo from1 > /data/f'
docker run --name ix2 --volumes-from ix1 ivvf cat /data/f
docker volume ls -q | wc -l
