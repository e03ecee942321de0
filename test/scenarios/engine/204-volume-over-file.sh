# checks: mounting a volume onto a file of the image fails at start.
docker run --name vof -v fv:/etc/passwd alpine true
docker ps -a --format '{{.Names}} {{.Status}}'
