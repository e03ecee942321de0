# checks: a volume that stayed empty gets the copy at a later mount on a non-empty directory.
docker run --name ca1 -v later:/nothere alpine true
sudo ls -a /var/lib/docker/volumes/later/_data
docker run --name ca2 -v later:/etc/apk alpine true
sudo ls /var/lib/docker/volumes/later/_data
