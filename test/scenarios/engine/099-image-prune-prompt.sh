# checks: without -f, prune asks; no answer (stdin is empty) cancels silently; "y" confirms.
docker image prune
docker container prune
docker system prune
echo y | docker image prune
