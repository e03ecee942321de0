# checks: rmi of an image's last tag deletes the image and its own layer.
docker run --name rd alpine touch /f
docker commit rd todelete
docker rm rd
docker rmi todelete
docker images -q todelete
