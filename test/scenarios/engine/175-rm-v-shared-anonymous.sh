# checks: rm -v keeps an anonymous volume another container still uses (the in-use error is ignored).
docker create --name sh1 -v /shared alpine true
docker create --name sh2 --volumes-from sh1 alpine true
docker rm -v sh1
docker volume ls -q | wc -l
docker rm -v sh2
docker volume ls -q | wc -l
