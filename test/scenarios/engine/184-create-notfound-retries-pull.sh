# checks: a missing --volumes-from container is InvalidParameter (moby v28.5.2 daemon/volumes.go:108), not NotFound: the CLI does not pull and retry.
# normalize: pull-progress
docker run --name nf --volumes-from nosuch alpine:3.20 true
docker create --name nf2 --volumes-from nosuch busybox true
