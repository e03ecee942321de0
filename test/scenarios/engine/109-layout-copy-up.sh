# checks: copy-up: appending to an image file copies the whole file into the container layer; the image keeps the original.
docker run --name cu alpine sh -c 'echo appended >> /etc/motd'
sudo ls $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' cu)/etc
sudo cat $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' cu)/etc/motd
docker run --rm --name cu2 alpine cat /etc/motd
docker diff cu
