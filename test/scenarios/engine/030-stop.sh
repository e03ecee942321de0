# checks: stop -t 0 kills at once (137); stopping a stopped container prints its name; unknown container.
docker run -d --name st1 alpine sleep 1000
docker stop -t 0 st1
docker ps -a --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' st1
docker stop st1
docker stop nosuch
docker stop
