# checks: exec on an exited container (Engine 28 text: lower-case "container").
# patched: 2 stderr "Error response from daemon: container <hex64:1> is not running\n" -- moby v28.5.2 daemon/exec.go:84 + daemon/errors.go:19 (errNotRunning: "container %s is not running"; 20.10 said "Container %s is not running")
docker run --name exs alpine true
docker exec exs true
