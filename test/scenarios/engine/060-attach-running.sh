# checks: attach connects the caller's stdin to a running -i container and returns its exit status.
# (Whether what a container prints just before it exits reaches the attached client depends on
# timing, so the container writes what it read to a file, read back with docker cp.)
docker run -d -i --name at2 alpine sh -c 'read line; echo "got:$line" > /received; exit 7'
echo hello | docker attach at2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' at2
docker cp at2:/received - | tar -xO
