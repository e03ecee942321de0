# checks: pause of a container that is not running; unknown container; no arguments.
# patched: 2 stderr "Error response from daemon: container <hex64:1> is not running\n" -- moby v28.5.2 daemon/pause.go:29 GetRunningTask, container/container.go:834 ("container %s is not running")
docker create --name pe alpine
docker pause pe
docker unpause pe
docker pause nosuch
docker pause
