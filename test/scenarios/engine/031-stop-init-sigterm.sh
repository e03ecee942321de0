# checks: with --init, SIGTERM from docker stop ends the command (exit 143, no 10 s wait).
docker run -d --init --name st2 alpine sleep 1000
docker stop st2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' st2
