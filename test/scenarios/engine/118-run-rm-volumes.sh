# checks: --rm also removes the container's anonymous volumes, keeps named ones.
docker run --rm --name rmv -v /anon -v named1:/named alpine true
docker volume ls -q
