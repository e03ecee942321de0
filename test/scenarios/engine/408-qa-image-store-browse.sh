# checks: browsing /var/lib/docker/image/overlay2 with sudo: the image and layer databases a student finds after lesson 1
# normalize: ls-time
sudo ls /var/lib/docker/image/overlay2
sudo ls /var/lib/docker/image/overlay2/imagedb
sudo ls /var/lib/docker/image/overlay2/imagedb/content/sha256 | wc -l
sudo cat /var/lib/docker/image/overlay2/imagedb/content/sha256/$(docker image inspect -f '{{.Id}}' alpine | cut -d: -f2) | head -c 300
sudo ls /var/lib/docker/image/overlay2/layerdb
sudo ls /var/lib/docker/image/overlay2/layerdb/sha256/$(docker image inspect -f '{{index .RootFS.Layers 0}}' alpine | cut -d: -f2)
sudo cat /var/lib/docker/image/overlay2/layerdb/sha256/$(docker image inspect -f '{{index .RootFS.Layers 0}}' alpine | cut -d: -f2)/diff
sudo cat /var/lib/docker/image/overlay2/layerdb/sha256/$(docker image inspect -f '{{index .RootFS.Layers 0}}' alpine | cut -d: -f2)/size
sudo ls /var/lib/docker/image/overlay2/layerdb/mounts
docker run --name box alpine touch /x
sudo ls /var/lib/docker/image/overlay2/layerdb/mounts/$(docker inspect -f '{{.Id}}' box)
sudo cat /var/lib/docker/image/overlay2/layerdb/mounts/$(docker inspect -f '{{.Id}}' box)/mount-id
sudo cat /var/lib/docker/image/overlay2/layerdb/mounts/$(docker inspect -f '{{.Id}}' box)/init-id
sudo cat /var/lib/docker/image/overlay2/repositories.json
sudo cat /var/lib/docker/overlay2/$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' box | cut -d/ -f5)/link | wc -c
sudo ls /var/lib/docker/overlay2/$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' box | cut -d/ -f5)/work
sudo ls -la /var/lib/docker/overlay2/$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' box | cut -d/ -f5)/work
