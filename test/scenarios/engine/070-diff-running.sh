# checks: diff of a running container follows its writes.
# unordered: docker diff
docker run -d --name drun alpine sleep 1000
docker diff drun
docker exec drun touch /tmp/new
docker diff drun
docker exec drun rm /tmp/new
docker diff drun
