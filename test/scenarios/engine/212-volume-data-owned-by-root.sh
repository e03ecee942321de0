# checks: a volume's _data is root's; files written by the container keep the container user's uid.
docker run --name vo1 -u 1000:1000 -v ownv:/data alpine touch /data/f
docker run --name vo2 -v ownv2:/data alpine sh -c 'touch /data/g && chown 1000:1000 /data/g'
sudo stat -c '%u %g %a' /var/lib/docker/volumes/ownv/_data /var/lib/docker/volumes/ownv2/_data /var/lib/docker/volumes/ownv2/_data/g
