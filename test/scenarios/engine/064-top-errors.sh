# checks: top of a container that is not running, of an unknown one, with no arguments.
docker create --name tps alpine
docker top tps
docker top nosuch
docker top
