# checks: the copy happens only into an empty volume; a non-empty volume hides the image content.
docker run --name co1 -v once:/etc/apk alpine sh -c 'rm -rf /etc/apk/* && echo mine > /etc/apk/mine'
docker run --name co2 -v once:/etc/apk alpine ls /etc/apk
docker run --name co3 -v once:/usr/share alpine ls /usr/share
