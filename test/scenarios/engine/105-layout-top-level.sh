# checks: the top level of /var/lib/docker (root only).
sudo ls /var/lib/docker
sudo ls /var/lib/docker/image/overlay2
ls /var/lib/docker
