# checks: what a paused container refuses: exec and rm; ps --filter status=paused; rm -f works.
# patched: 4 stderr "Error response from daemon: cannot remove container \"pz2\": container is paused and must be unpaused first\n" -- moby v28.5.2 daemon/delete.go:58,94
docker run -d --name pz2 alpine sleep 1000
docker pause pz2
docker exec pz2 true
docker rm pz2
docker ps --filter status=paused --format '{{.Names}}'
docker rm -f pz2
