# checks: /var/lib/docker/containers/<id>: config, hostname, hosts, resolv.conf, the json log.
docker run --name cdir alpine echo logged
sudo ls /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' cdir)
sudo cat /var/lib/docker/containers/$(docker inspect -f '{{.Id}}' cdir)/hostname
docker inspect -f '{{.LogPath}}' cdir
