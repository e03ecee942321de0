# checks: docker cp into a read-only volume or bind fails; docker cp out of it works.
docker create --name cro -v rov2:/data:ro alpine true
echo x > f.txt
docker cp f.txt cro:/data/f.txt
docker cp f.txt cro:/f.txt
docker cp cro:/f.txt back.txt
cat back.txt
