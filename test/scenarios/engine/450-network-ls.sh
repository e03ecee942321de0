# checks: the three predefined networks of an engine with the default bridge: docker network ls and its flags, filters and errors.
# engine: bridge
# patched: 3 stdout sub "false false false\n" "true false false\n" -- moby v28.5.2 libnetwork/controller.go:546 (every network has enableIPv4 true) and daemon/network.go:638 (EnableIPv4 in the API since 1.47; a 20.10 daemon sends none, so the CLI's IPv4 column said false)
# patched: 10 stderr sub "Invalid filter" "invalid filter" -- moby v28.5.2 api/types/filters/errors.go:12 (invalidFilter.Error)
docker network ls
docker network ls -q
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}} {{.IPv4}} {{.IPv6}} {{.Internal}}'
docker network ls --no-trunc --format '{{.ID}} {{.Name}}'
docker network ls --filter driver=bridge
docker network ls --filter name=o
docker network ls --filter type=builtin --format '{{.Name}}'
docker network ls --filter type=custom
docker network ls --filter dangling=true
docker network ls --filter bogus=1
docker network ls extra
docker network list --format 'table {{.Name}}\t{{.Driver}}'
