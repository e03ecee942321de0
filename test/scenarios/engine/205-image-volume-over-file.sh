# checks: an image VOLUME on a path that is a file: create fails.
docker run --name vf0 alpine true
docker commit -c 'VOLUME /etc/passwd' vf0 filevol
docker create --name vf1 filevol true
