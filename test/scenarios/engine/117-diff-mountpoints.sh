# checks: writes into a volume are not in docker diff; the mountpoint directory made for it is.
# unordered: docker diff
docker run --name dv -v /vol alpine sh -c 'touch /vol/x /tmp/y'
docker diff dv
