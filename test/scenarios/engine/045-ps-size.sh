# checks: -s adds SIZE: the container layer and the virtual size with the image.
docker run --name sz alpine sh -c 'echo 12345 > /big'
docker ps -a -s --format '{{.Names}} {{.Size}}'
docker ps -a -s
