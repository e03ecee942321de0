# checks: the mountpoint made for a bind on a missing path shows up in docker diff; the bind's files do not.
# unordered: docker diff
mkdir bd
docker run --name dbm -v $(pwd)/bd:/newdir/sub alpine touch /newdir/sub/f
docker diff dbm
ls bd
