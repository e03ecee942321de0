# checks: --filter status= for each state; a bad status value and a bad filter key.
# patched: 11 stderr "Error response from daemon: invalid filter 'status=bogus': invalid value for state (bogus): must be one of created, running, paused, restarting, removing, exited, dead\n" -- moby v28.5.2 daemon/list.go:284 + api/types/container/state.go:34
# patched: 12 stderr "Error response from daemon: invalid filter 'bogus'\n" -- moby v28.5.2 api/types/filters/errors.go:12 (lower-case "invalid filter")
docker create --name fc alpine
docker run --name fe alpine true
docker run -d --name fr alpine sleep 1000
docker run -d --name fp alpine sleep 1000
docker pause fp
docker ps -a --filter status=created --format '{{.Names}}'
docker ps -a --filter status=exited --format '{{.Names}}'
docker ps -a --filter status=running --format '{{.Names}}'
docker ps -a --filter status=paused --format '{{.Names}}'
docker ps --filter status=exited --format '{{.Names}}'
docker ps -a --filter status=bogus
docker ps -a --filter bogus=1
docker ps -a --filter noequals
