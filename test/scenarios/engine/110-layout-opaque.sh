# checks: a directory deleted and made again is opaque (trusted.overlay.opaque=y): the image's entries stay hidden, also after commit.
# unordered: docker diff
docker run --name op alpine sh -c 'rm -rf /etc/apk && mkdir /etc/apk && touch /etc/apk/fresh'
sudo ls -A $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' op)/etc/apk
sudo getfattr -n trusted.overlay.opaque --only-values $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' op)/etc/apk
docker diff op
docker commit op opaque-img
docker run --rm --name op2 opaque-img ls /etc/apk
