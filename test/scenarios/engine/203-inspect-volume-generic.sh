# checks: docker inspect finds volumes too; --type volume restricts it.
# normalize: ["docker inspect", "\"CreatedAt\": \"[^\"]+\"", "\"CreatedAt\": \"<time>\""]
docker volume create gv
docker inspect gv
docker inspect --type volume -f '{{.Name}} {{.Driver}}' gv
docker inspect --type container gv
docker volume inspect --format '{{json .}}' gv | wc -l
