# checks: docker cp then diff, cp of a deleted file, exec in a running container, start -a of a finished one, exec -it without a terminal
# unordered: docker diff
# normalize: ["docker cp", "^time=\"<timestamp>\" level=error msg=\"Can't (?:add file|close tar writer).*\\n", ""]
# patched: 16 stderr "Error response from daemon: container <hex64:1> is not running\n" -- moby v28.5.2 daemon/errors.go:19 errNotRunning (lower-case "container"; 20.10 said "Container")
# patched: 21 exit 127 -- moby v28.5.2 daemon/exec.go:314 setExitCodeFromError sets 127 for "executable file not found" (daemon/errors.go:166-170) and the deferred default of 126 applies only when no code was set (daemon/exec.go:196-200); 20.10's defer overwrote it with 126
# patched: 33 stderr "Error response from daemon: cannot remove container \"live\": container is running: stop the container before removing or force remove\n" -- moby v28.5.2 daemon/delete.go:96 (name as typed)
docker run --name box alpine sh -c 'echo hello > /etc/motd; rm /etc/issue'
echo note > note.txt
docker cp note.txt box:/root/
docker diff box
docker cp box:/etc/motd motd.copy
cat motd.copy
docker cp box:/etc/issue issue.copy
docker cp box:/nosuch x
docker cp note.txt box:/nodir/sub/
docker cp note.txt box:/nodir/file
docker cp note.txt nosuch:/tmp
docker cp note.txt box
docker start -a box
docker start -ai box
docker diff box
docker exec box ls
docker run -d --name live alpine sleep 1000
docker exec live sh -c 'echo changed >> /etc/motd; rm /etc/shells'
docker exec live cat /etc/shells
docker exec live ls /nonexist
docker exec live nosuchcmd
docker exec -it live sh
docker exec live
docker exec -d live touch /tmp/bg
docker exec live ls /tmp
docker diff live
docker exec -u nobody live touch /etc/x
docker stop live
docker start live
docker exec live cat /etc/motd
docker restart -t 0 live
docker ps --format '{{.Names}} {{.Status}}'
docker rm live
docker rm -f live
