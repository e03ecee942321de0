# checks: -v ./dir:/p is turned into an absolute bind by the CLI; a bare name is a volume.
mkdir rel
docker run --name br -v ./rel:/data alpine touch /data/made
ls rel
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}}{{end}}' br
docker run --name bn -v rel:/data alpine true
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}}{{end}}' bn
