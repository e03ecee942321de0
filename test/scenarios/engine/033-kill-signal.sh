# checks: kill -s chooses the signal; an unknown signal name is refused.
# patched: 2 stderr "Error response from daemon: cannot kill container: k2: invalid signal: NOSUCH\n" -- moby v28.5.2 api/server/router/container/container_routes.go:268 + vendor/github.com/moby/sys/signal/signal.go:48 ("invalid signal: %s")
docker run -d --init --name k2 alpine sleep 1000
docker kill -s NOSUCH k2
docker kill -s TERM k2
docker wait k2
