# checks: start -a -i feeds stdin to a container created with -i and returns its exit status.
docker create -i --name si alpine sh
echo 'echo via-start; exit 6' | docker start -a -i si
docker inspect -f '{{.State.ExitCode}}' si
