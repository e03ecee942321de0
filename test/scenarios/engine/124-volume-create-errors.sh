# checks: docker volume create argument and name errors.
docker volume create a1 b1
docker volume create bad/name
docker volume create -o type=tmpfs -o bogus=1 badopt
docker volume ls -q
