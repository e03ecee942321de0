# checks: an image VOLUME becomes an anonymous volume at create, with the image content copied in.
docker run --name iv0 alpine sh -c 'mkdir /data && echo seed > /data/s'
docker commit -c 'VOLUME /data' iv0 volimg
docker create --name iv1 volimg cat /data/s
docker volume ls -q | wc -l
docker start -a iv1
docker inspect -f '{{json .Config.Volumes}}' iv1
docker inspect -f '{{range .Mounts}}{{.Type}} {{len .Name}} {{.Destination}} {{.Mode}} {{.RW}}{{end}}' iv1
