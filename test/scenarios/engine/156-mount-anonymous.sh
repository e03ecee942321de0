# checks: --mount without source is an anonymous volume; read-only anonymous volumes are refused.
docker run --name mn --mount type=volume,dst=/data alpine true
docker inspect -f '{{range .Mounts}}{{.Type}} {{len .Name}} {{.Mode}} {{.RW}}{{end}}' mn
docker run --name mn2 --mount type=volume,dst=/data,ro alpine true
docker volume ls -q | wc -l
