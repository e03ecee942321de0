# checks: a named volume's data lives in /var/lib/docker/volumes/<name>/_data.
docker run --name vo -v vol1:/data alpine sh -c 'echo v > /data/f'
sudo ls /var/lib/docker/volumes
sudo ls /var/lib/docker/volumes/vol1
sudo cat /var/lib/docker/volumes/vol1/_data/f
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Source}} {{.Destination}}{{end}}' vo
