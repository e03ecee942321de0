# checks: seed 002: --volumes-from shares a container's volumes with others.
docker create --name box -v /share-vol alpine nop
docker run --name AA --volumes-from box alpine touch /share-vol/wine
docker run --name BB --volumes-from box alpine ls /share-vol
