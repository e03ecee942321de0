# checks: docker volume ls --format with Go templates, -q and --format table.
docker volume create --label a=b fv
docker volume ls --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Mountpoint}} {{.Labels}}'
docker volume ls --format 'table {{.Name}}\t{{.Scope}}'
docker volume ls --format '{{json .}}'
docker volume ls -q
