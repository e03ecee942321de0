# checks: mode keywords that do not fit the mount kind.
mkdir bn
docker run --name bnc -v $(pwd)/bn:/data:nocopy alpine true
docker run --name bnc2 -v nv:/data:nocopy,ro alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}}{{end}}' bnc2
docker run --name bnc3 -v nv:/data:rshared alpine true
