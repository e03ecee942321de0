# checks: diff of a created container is empty; unknown container; no arguments.
docker create --name dc alpine
docker diff dc
docker diff nosuch
docker diff
