# normalize: pull-progress
# checks: pull of a removed image (progress lines, digest, status, name) and of one already present.
docker rmi busybox
docker pull busybox
docker pull busybox
docker pull -q busybox:latest
docker images --format '{{.Repository}}:{{.Tag}}' busybox
