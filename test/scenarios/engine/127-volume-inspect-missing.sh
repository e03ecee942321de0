# checks: docker volume inspect of a missing volume prints [] and the daemon error.
docker volume inspect nope
docker volume create iv
docker volume inspect -f '{{.Name}}' iv nope
docker volume inspect -f '{{.Mountpoint}}' iv
