# checks: a committed image survives save and load; its parent link comes back only when the parent image is in the same archive (docker history shows the base image's ID on the second row again).
# unordered: docker load -i both.tar
docker run --name cm alpine:3.20 sh -c 'rm /etc/motd /etc/shells; echo hi > /hello'
docker commit cm saved:v1
docker history saved:v1
docker save -o saved.tar saved:v1
docker save -o both.tar saved:v1 alpine:3.20
docker rm cm
docker rmi saved:v1
docker load -i saved.tar
docker history saved:v1
docker run --rm saved:v1 cat /hello
docker image inspect -f '{{.Parent}}' saved:v1
docker rmi saved:v1
docker load -i both.tar
docker history saved:v1
docker image inspect -f '{{.Parent}}' saved:v1
