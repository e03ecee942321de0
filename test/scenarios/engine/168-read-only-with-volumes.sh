# checks: --read-only still lets the program write to volumes, binds and tmpfs.
docker run --name rv --read-only -v rwv:/data --tmpfs /tmp alpine sh -c 'touch /data/a /tmp/b && echo ok; touch /c'
docker run --name rv2 --read-only -v rwv:/data alpine ls /data
