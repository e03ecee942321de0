# checks: docker volume ls with no volumes prints only the header; prune with nothing to do.
docker volume ls
docker volume prune -f
docker volume ls -q
