# checks: rmi of a pulled image: both its tag and its digest reference are untagged, then its layers deleted.
docker rmi busybox
docker images busybox
docker rmi alpine:latest
docker images --format '{{.Repository}}:{{.Tag}}' alpine
