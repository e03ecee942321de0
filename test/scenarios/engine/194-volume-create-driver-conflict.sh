# checks: volume create with the local driver named explicitly; inspect format error.
docker volume create -d local dl
docker volume inspect -f '{{.Driver}}' dl
docker volume inspect -f '{{.Nope}}' dl
