# checks: exec of a missing command (127), -it without a terminal, unknown container, no arguments.
# patched: 2 exit 127 -- moby v28.5.2 daemon/exec.go:314 setExitCodeFromError, daemon/errors.go:180 isInvalidCommand ("executable file not found" gives 127)
docker run -d --name ex2 alpine sleep 1000
docker exec ex2 nosuch
docker exec ex2 /etc/motd
docker exec -it ex2 sh
docker exec nosuch true
docker exec ex2
docker exec -u nosuchuser ex2 id
