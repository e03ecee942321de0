# checks: pause of a container that is not running; unknown container; no arguments.
docker create --name pe alpine
docker pause pe
docker unpause pe
docker pause nosuch
docker pause
