# checks: docker cp sees the contents of volumes and binds, not the directory underneath.
mkdir cpb
echo frombind > cpb/b
docker run --name cpc -v cpv:/vol -v $(pwd)/cpb:/bind alpine sh -c 'echo fromvol > /vol/v'
docker cp cpc:/vol/v v.txt
cat v.txt
docker cp cpc:/bind/b b.txt
cat b.txt
echo up > up.txt
docker cp up.txt cpc:/vol/up.txt
sudo cat /var/lib/docker/volumes/cpv/_data/up.txt
