# checks: docker volume prune rejects filters it does not know.
# patched: 1 stderr sub "Invalid filter" "invalid filter" -- moby v28.5.2 api/types/filters/errors.go:12 (filters.Args.Validate returns invalidFilter, lower case)
# patched: 2 stderr sub "Invalid filter" "invalid filter" -- moby v28.5.2 api/types/filters/errors.go:12 (filters.Args.Validate returns invalidFilter, lower case)
# patched: 3 stderr sub "Invalid filter" "invalid filter" -- moby v28.5.2 api/types/filters/errors.go:12 (filters.Args.Validate returns invalidFilter, lower case)
docker volume prune -f --filter until=1h
docker volume prune -f --filter dangling=true
docker volume ls --filter dangling=maybe
