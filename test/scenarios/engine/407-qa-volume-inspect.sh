# checks: docker volume inspect and the generic inspect finding a volume by name, alone or among other kinds of objects
docker run --name box -v data:/data alpine sh -c 'echo hello > /etc/motd; rm /etc/issue'
docker commit box mine:v1
docker volume inspect data
docker inspect data
docker inspect --type volume data
docker inspect -f '{{.Name}}' box data alpine
