# checks: an empty volume mounted on a non-empty image directory gets a copy of its content.
docker run --name cf -v cpv:/etc/apk alpine ls /etc/apk
sudo ls /var/lib/docker/volumes/cpv/_data
