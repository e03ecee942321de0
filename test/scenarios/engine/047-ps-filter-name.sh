# checks: --filter name= matches a substring or a regular expression of the name.
docker create --name web1 alpine
docker create --name web2 alpine
docker create --name db1 alpine
docker ps -a --filter name=web --format '{{.Names}}'
docker ps -a --filter name=^web1$ --format '{{.Names}}'
docker ps -a --filter name=1 --format '{{.Names}}'
docker ps -a --filter name=nomatch --format '{{.Names}}'
docker ps -a --filter name=web --filter name=db --format '{{.Names}}'
