# checks: docker system prune --volumes removes unused anonymous volumes only.
# patched: 4 stdout sub "keepnamed\n" "" -- docker/cli v28.5.2 cli/command/system/prune.go (--volumes runs volume prune without all=true) and moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes; the 20.10 recording daemon prunes named ones too)
# patched: 5 stdout "1\n" -- docker/cli v28.5.2 cli/command/system/prune.go (--volumes runs volume prune without all=true) and moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes; the 20.10 recording daemon prunes named ones too)
# patched: 6 stdout "keepnamed\n" -- docker/cli v28.5.2 cli/command/system/prune.go (--volumes runs volume prune without all=true) and moby v28.5.2 volume/service/convert.go withPrune (Engine 28 prunes only anonymous volumes; the 20.10 recording daemon prunes named ones too)
# unordered: docker system prune
docker volume create keepnamed
docker volume create
docker run --name spv -v /inuse alpine true
docker system prune -f --volumes
docker volume ls -q | wc -l
docker volume ls -q --filter name=keepnamed
