# checks: an unknown volume driver is NotFound: volume create fails; run pulls the image, retries and fails again.
# normalize: pull-progress
docker volume create -d nope y1
docker run --name vd --volume-driver nope -v x1:/d alpine:3.20 true
docker volume ls -q
docker ps -a -q
