# checks: one name for several kinds of objects (container, volume, image) and the filters a student uses to find what uses a volume
# patched: 15 stderr "Error response from daemon: invalid filter 'bogus'\n" -- moby v28.5.2 api/types/filters/errors.go:12 (lower-case "invalid filter"; 20.10 wrote "Invalid filter")
docker volume create data
docker run --name data -v data:/data alpine true
docker tag alpine data:latest
docker inspect -f '{{.Name}}' data
docker inspect --type volume -f '{{.Name}} {{.Driver}}' data
docker inspect --type image -f '{{.RepoTags}}' data
docker inspect --type network data
docker inspect --type bogus data
docker ps -a --filter volume=data --format '{{.Names}} {{.Mounts}}'
docker ps -a --filter volume=/data --format '{{.Names}}'
docker ps -a --filter ancestor=alpine --format '{{.Names}} {{.Image}}'
docker ps -a --filter ancestor=data --format '{{.Names}} {{.Image}}'
docker volume ls --filter driver=local
docker volume ls --filter name=dat --filter dangling=false
docker volume ls --filter bogus=1
docker images --filter reference=data
docker images --filter reference='al*'
docker rm data
docker rmi data
docker volume rm data
docker images --filter dangling=true -q
