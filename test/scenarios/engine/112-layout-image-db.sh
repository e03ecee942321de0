# checks: image and layer metadata: layerdb/mounts/<container id> points to the container's layer.
docker create --name idb alpine
sudo ls /var/lib/docker/image/overlay2/layerdb/mounts/$(docker inspect -f '{{.Id}}' idb)
sudo cat /var/lib/docker/image/overlay2/layerdb/mounts/$(docker inspect -f '{{.Id}}' idb)/mount-id
echo
docker inspect -f '{{.GraphDriver.Data.UpperDir}}' idb
sudo ls /var/lib/docker/image/overlay2/imagedb/content/sha256 | grep -c $(docker image inspect -f '{{.Id}}' alpine | cut -d: -f2)
