# checks: files a root container writes into a bind mount belong to root on the host.
mkdir own
docker run --name bo -v $(pwd)/own:/out alpine sh -c 'echo data > /out/f && mkdir /out/d'
stat -c '%A %u %g %n' own/d own/f
cat own/f
