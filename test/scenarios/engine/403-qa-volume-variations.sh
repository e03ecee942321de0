# checks: lesson 3's volume part as a student varies it: create twice, inspect -f, inspect of several, rm -f of a used volume, rm -v, ls filters, the volume directory with sudo
# normalize: ls-time
docker volume create data
docker volume create data
docker volume inspect -f '{{.Mountpoint}}' data
docker volume inspect -f '{{json .Labels}} {{.Scope}} {{json .Options}}' data
docker volume inspect data nosuch
docker volume inspect nosuch
docker run --rm -v data:/data alpine sh -c 'echo 42 > /data/answer'
docker run --name keeper -v data:/data alpine true
docker inspect -f '{{json .Mounts}}' keeper
docker inspect -f '{{range .Mounts}}{{.Name}} {{.Source}} -> {{.Destination}} {{.RW}} {{.Mode}}{{end}}' keeper
docker inspect -f '{{json .HostConfig.Binds}} {{json .HostConfig.Mounts}}' keeper
docker inspect -f '{{json .Config.Volumes}}' keeper
docker volume rm data
docker volume rm -f data
docker volume ls -f dangling=true
docker volume ls -f dangling=false -q
docker volume ls -q -f name=da
docker volume ls --format '{{.Name}}: {{.Mountpoint}} {{.Driver}}'
sudo ls -la /var/lib/docker/volumes/data
sudo ls -la /var/lib/docker/volumes/data/_data
sudo cat /var/lib/docker/volumes/data/_data/answer
sudo ls /var/lib/docker/volumes
docker rm -v keeper
docker volume ls
docker run --name anon -v /cache alpine touch /cache/x
docker volume ls -q | wc -l
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Driver}} {{.RW}}{{end}}' anon
docker volume ls -f dangling=true -q | wc -l
docker rm anon
docker volume ls -f dangling=true -q | wc -l
docker volume rm data
docker volume rm data
docker volume create
docker volume create --name named2
docker volume create -d local --label team=a labelled
docker volume ls -f label=team=a
docker volume create Bad/Name
