# checks: rm of a running container is refused (Engine 28.2+ text); rm -f removes it.
# patched: 2 stderr "Error response from daemon: cannot remove container \"rm2\": container is running: stop the container before removing or force remove\n" -- moby v28.5.2 daemon/delete.go:96 (20.10 says "You cannot remove a running container <id>. Stop the container before attempting removal or force remove")
docker run -d --name rm2 alpine sleep 1000
docker rm rm2
docker rm -f rm2
docker ps -a --format '{{.Names}}'
