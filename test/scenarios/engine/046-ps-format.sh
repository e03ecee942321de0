# checks: --format with fields, a table, json, and a bad template.
docker run --name pf alpine true
docker ps -a --format '{{.ID}}|{{.Names}}|{{.Image}}|{{.Command}}'
docker ps -a --format 'table {{.Names}}\t{{.Status}}'
docker ps -a --format '{{json .Names}}'
docker ps -a --format '{{.Nope}}'
