# checks: rm -v of a --volumes-from container also removes the inherited anonymous volume once unused.
docker create --name base -v /inh alpine true
docker create --name heir --volumes-from base alpine true
docker rm base
docker rm -v heir
docker volume ls -q | wc -l
