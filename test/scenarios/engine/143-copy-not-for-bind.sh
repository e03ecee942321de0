# checks: a bind mount hides the image directory and nothing is copied into the host directory.
mkdir empty
docker run --name cb -v $(pwd)/empty:/etc/apk alpine ls -a /etc/apk
ls -a empty
