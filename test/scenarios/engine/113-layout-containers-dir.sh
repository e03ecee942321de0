# checks: /var/lib/docker/containers/<id>: config, hostname, hosts, resolv.conf, the json log.
# ls sorts the <id>-json.log file among the others by its random ID:
# unordered: sudo ls /var/lib/docker/containers
docker run --name cdir alpine echo logged
sudo ls /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' cdir)
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' cdir)/hostname
docker inspect -f '{{.LogPath}}' cdir
