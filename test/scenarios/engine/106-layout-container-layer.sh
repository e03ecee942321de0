# checks: a container's writes live in its overlay2 layer: UpperDir = /var/lib/docker/overlay2/<id>/diff.
docker run --name lay alpine sh -c 'echo data > /newfile && echo more >> /etc/motd'
docker inspect -f '{{.GraphDriver.Data.UpperDir}}' lay
sudo ls $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' lay)
sudo ls $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' lay)/etc
sudo cat $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' lay)/newfile
docker inspect -f '{{.GraphDriver.Data.MergedDir}} {{.GraphDriver.Data.WorkDir}}' lay
