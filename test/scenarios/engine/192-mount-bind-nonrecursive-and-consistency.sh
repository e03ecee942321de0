# checks: --mount bind accepts consistency and bind-nonrecursive; -v accepts cached/delegated.
mkdir nr
docker run --name nr1 --mount type=bind,src=$(pwd)/nr,dst=/data,consistency=cached alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}} {{.Propagation}}{{end}}' nr1
docker run --name nr2 -v $(pwd)/nr:/data:delegated alpine true
docker inspect -f '{{range .Mounts}}{{.Mode}} {{.RW}} {{.Propagation}}{{end}}' nr2
