# checks: docker cp into a --read-only container fails outside its volumes, works into a writable volume.
docker create --name rr --read-only -v rrv:/data alpine true
echo x > f.txt
docker cp f.txt rr:/
docker cp f.txt rr:/data/
sudo ls /var/lib/docker/volumes/rrv/_data
