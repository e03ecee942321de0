# checks: :nocopy and volume-nocopy leave the volume empty, hiding the image directory.
docker run --name nc1 -v ncv:/etc/apk:nocopy alpine ls -a /etc/apk
docker run --name nc2 --mount type=volume,src=ncv2,dst=/etc/apk,volume-nocopy alpine ls -a /etc/apk
docker run --name nc3 --mount type=volume,src=ncv3,dst=/etc/apk,volume-nocopy=true alpine ls -a /etc/apk
sudo ls -a /var/lib/docker/volumes/ncv/_data
