# normalize: pull-progress
# checks: docker run of an image that is not local pulls it first (progress on stderr), then runs it.
docker rmi busybox
docker run --name pr busybox echo pulled
docker images -q busybox | wc -l
