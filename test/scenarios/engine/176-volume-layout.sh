# checks: /var/lib/docker/volumes holds one directory per volume with _data, plus metadata.db.
# normalize: ls-time
docker volume create lay
sudo ls /var/lib/docker/volumes
sudo ls -la /var/lib/docker/volumes/lay
sudo stat -c '%a %U' /var/lib/docker/volumes /var/lib/docker/volumes/lay/_data
