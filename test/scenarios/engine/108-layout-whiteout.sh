# checks: deleting an image file leaves a whiteout in the container layer: a 0/0 character device.
# normalize: ls-time
docker run --name wo alpine rm /etc/motd
sudo ls -l $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' wo)/etc
sudo stat -c '%F %t,%T %a' $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' wo)/etc/motd
docker diff wo
