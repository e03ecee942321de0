# checks: start of unknown containers: each error, then a summary line; no arguments.
docker start nosuch
docker start nosuch1 nosuch2
docker start
