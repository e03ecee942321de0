# checks: kill sends SIGKILL (137); killing a stopped container or an unknown one fails.
# patched: 4 stderr "Error response from daemon: cannot kill container: k1: container <hex64:1> is not running\n" -- moby v28.5.2 api/server/router/container/container_routes.go:268 ("cannot kill container: %s") + daemon/kill.go:163 errNotRunning (daemon/errors.go:19)
# patched: 5 stderr "Error response from daemon: cannot kill container: nosuch: No such container: nosuch\n" -- moby v28.5.2 api/server/router/container/container_routes.go:268
docker run -d --name k1 alpine sleep 1000
docker kill k1
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' k1
docker kill k1
docker kill nosuch
