# checks: malformed -v specs get the daemon's exact errors.
docker run --name e1 -v vol:/data:bogus alpine true
docker run --name e2 -v vol:/data:ro,rw alpine true
docker run --name e3 -v vol:relative alpine true
docker run --name e4 -v vol:/ alpine true
docker run --name e5 -v a:b:c:d alpine true
docker run --name e6 -v /foo:rw alpine true
docker ps -a -q
