# checks: top of a container that is not running, of an unknown one, with no arguments.
# patched: 2 stderr "Error response from daemon: container <hex64:1> is not running\n" -- moby v28.5.2 daemon/top_unix.go:158 GetRunningTask, container/container.go:834
docker create --name tps alpine
docker top tps
docker top nosuch
docker top
