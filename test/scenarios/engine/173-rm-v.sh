# checks: docker rm -v removes the container's anonymous volumes, keeps named ones.
docker run --name rmc -v /anon -v keepme:/named alpine true
docker volume ls -q | wc -l
docker rm -v rmc
docker volume ls -q
