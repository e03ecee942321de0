# checks: -v host paths as students mistype them: relative with a slash, .., ~, ., a trailing slash, Windows style, uppercase volume names, mount of the root
mkdir -p data/sub site
docker run --rm -v data/sub:/x alpine true
docker run --rm -v ../x:/y alpine true
docker run --rm -v .:/w alpine ls /w
docker run --rm -v ./site/:/site alpine sh -c 'touch /site/x; ls /site'
docker run --rm -v ~/site:/site alpine ls /site
docker run --rm -v C:\\data:/data alpine true
docker run --rm -v MyVol:/data alpine true
docker volume ls -q
docker run --rm -v my_vol.1:/data alpine true
docker run --rm -v -x:/data alpine true
docker run --rm -v /data alpine true
docker run --rm -v data:/data:rw alpine true
docker run --rm -v data:/data:RO alpine true
docker run --rm -v data: alpine true
docker run --rm -v data /data alpine true
docker run --rm --volume data:/data --volume data:/data alpine true
docker run --rm -v /:/host alpine ls -d /host/home /host/var/lib/docker
docker volume ls -q
