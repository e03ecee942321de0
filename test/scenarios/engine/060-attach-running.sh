# checks: attach connects the caller's stdin to a running -i container and returns its exit status.
# (What the container prints while attached may or may not reach the client before it exits, so
# the output is read back from the log instead.)
docker run -d -i --name at2 alpine sh -c 'read line; echo got:$line; exit 7'
echo hello | docker attach --no-stdout --no-stderr at2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' at2
docker logs at2
