# checks: docker volume create --name (hidden, deprecated) and --opt.
docker volume create --name byflag
docker volume create --opt type=tmpfs --opt device=tmpfs byopt
docker volume ls
docker volume create --name x1 x2
