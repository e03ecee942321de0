# checks: nested mounts: a path goes to the mount with the longest matching destination.
docker run --name lp -v outer:/data -v inner:/data/sub alpine sh -c 'echo o > /data/o; echo i > /data/sub/i'
sudo ls /var/lib/docker/volumes/outer/_data
sudo ls /var/lib/docker/volumes/inner/_data
