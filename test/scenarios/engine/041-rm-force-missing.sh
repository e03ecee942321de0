# checks: rm -f of an unknown container; rm with no arguments.
docker rm -f nosuch
docker rm
