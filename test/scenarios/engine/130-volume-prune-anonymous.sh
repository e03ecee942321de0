# checks: docker volume prune removes only unused anonymous volumes by default (Engine 28).
# unordered: docker volume prune
# patched: 4 stdout "Deleted Volumes:\n<hex64:1>\n\nTotal reclaimed space: 0B\n" -- moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes unless all=true; the 20.10 daemon prunes named ones too) and service.go:78 (the anonymous label)
# patched: 5 stdout "2\n" -- moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes unless all=true; the 20.10 daemon prunes named ones too) and service.go:78 (the anonymous label)
# patched: 6 stdout "named1\n" -- moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes unless all=true; the 20.10 daemon prunes named ones too) and service.go:78 (the anonymous label)
docker volume create named1
docker volume create
docker run --name pu -v /kept alpine true
docker volume prune -f
docker volume ls -q | wc -l
docker volume ls --filter name=named1 -q
