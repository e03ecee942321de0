# checks: bind-propagation values are shown in Mounts; invalid ones are refused.
mkdir bp
docker run --name bp1 --mount type=bind,src=$(pwd)/bp,dst=/data,bind-propagation=private alpine true
docker inspect -f '{{range .Mounts}}{{.Propagation}}{{end}}' bp1
docker run --name bp2 --mount type=bind,src=$(pwd)/bp,dst=/data,bind-propagation=bogus alpine true
docker run --name bp3 -v $(pwd)/bp:/data:ro,private alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.Propagation}}{{end}}' bp3
