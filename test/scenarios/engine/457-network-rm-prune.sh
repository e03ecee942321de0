# checks: the predefined networks cannot be removed; removing a missing network; pruning when there are only predefined networks.
# engine: bridge
docker network rm bridge
docker network rm host none
docker network rm nosuch
docker network rm -f nosuch
docker network rm
docker network prune -f
docker network ls --format '{{.Name}}'
