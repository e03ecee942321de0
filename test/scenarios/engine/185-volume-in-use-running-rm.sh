# checks: docker volume rm lists every container that uses the volume.
docker create --name u1 -v multi:/data alpine true
docker create --name u2 -v multi:/other alpine true
docker volume rm multi
docker rm u1 u2
docker volume rm multi
