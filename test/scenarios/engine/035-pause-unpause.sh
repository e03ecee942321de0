# checks: pause freezes a running container ("(Paused)"), unpause resumes it; doing either twice fails.
docker run -d --name pz alpine sleep 1000
docker pause pz
docker ps --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.Paused}} {{.State.Running}}' pz
docker pause pz
docker unpause pz
docker unpause pz
docker ps --format '{{.Names}}: {{.Status}}'
