# checks: docker cp from the host into a created container; the file is in the container layer.
# unordered: docker diff
printf 'from host\n' > note.txt
docker create --name cp1 alpine cat /note.txt
docker cp note.txt cp1:/note.txt
docker start -a cp1
docker diff cp1
mkdir -p dir/sub && printf 'x\n' > dir/sub/f
docker cp dir cp1:/opt/
docker diff cp1
