# checks: rm of an exited container prints its name; a second rm fails.
docker run --name rm1 alpine true
docker rm rm1
docker ps -a -q --filter name=rm1
docker rm rm1
