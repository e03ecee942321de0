# checks: the copy into an empty volume keeps owners and modes of the image files.
docker run --name ck -v ckv:/var/empty alpine true
docker run --name ck2 -v ckv2:/tmp alpine true
sudo stat -c '%a %U %G' /var/lib/docker/volumes/ckv/_data /var/lib/docker/volumes/ckv2/_data
docker run --name ck3 -v ckv3:/etc/apk alpine true
sudo stat -c '%a %U %n' /var/lib/docker/volumes/ckv3/_data/arch
