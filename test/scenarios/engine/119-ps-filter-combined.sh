# checks: several filters: different keys must all match, the same key matches any.
docker create --name c_alpine alpine
docker run --name x_alpine alpine true
docker create --name c_busy busybox
docker ps -a --filter status=created --filter ancestor=alpine --format '{{.Names}}'
docker ps -a --filter status=created --filter status=exited --format '{{.Names}}'
docker ps -a -q --filter name=c_ --filter ancestor=busybox | wc -l
