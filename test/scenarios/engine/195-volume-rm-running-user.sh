# checks: a running container's volume cannot be removed or pruned; rm -f -v takes both away.
docker run -d --name run1 -v /anon -v busy:/data alpine tail -f /dev/null
docker volume rm busy
docker volume prune -f
docker volume ls -q | wc -l
docker rm -f -v run1
docker volume ls -q
