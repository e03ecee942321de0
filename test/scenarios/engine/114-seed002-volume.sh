# checks: seed 002: an anonymous volume (-v /chest), its Mounts entry and its data on the host.
docker run --name demo -v /chest alpine touch /chest/coins
docker inspect -f '{{json .Mounts}}' demo
sudo ls $(docker inspect -f '{{range .Mounts}}{{.Source}}{{end}}' demo)
docker volume ls -q | wc -l
