# checks: a bind mount on a non-empty directory shows the host directory; the image content is back without it.
mkdir -p hide
echo host > hide/h
docker run --name bh -v $(pwd)/hide:/etc/apk alpine ls /etc/apk
docker run --name bh2 alpine ls /etc/apk
