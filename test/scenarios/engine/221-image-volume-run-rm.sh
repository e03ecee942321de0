# checks: docker run --rm on an image with VOLUME removes that anonymous volume; rm -v too.
docker run --name iw alpine true
docker commit -c 'VOLUME /data' iw ivrm
docker run --rm ivrm true
docker volume ls -q | wc -l
docker run --name iw2 ivrm true
docker rm -v iw2
docker volume ls -q | wc -l
