# checks: --volumes-from c:ro makes every inherited mount read-only.
docker create --name vsrc -v shared:/data alpine true
docker run --name vro1 --volumes-from vsrc:ro alpine touch /data/x
docker inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{end}}' vro1
docker run --name vrw1 --volumes-from vsrc:rw alpine touch /data/x
docker inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{end}}' vrw1
