# checks: docker volume prune --filter label and the --all/--filter all conflict.
# patched: 3 stdout "Deleted Volumes:\nk2\n\nTotal reclaimed space: 0B\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 3 stderr "" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 3 exit 0 -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 4 stdout "k1\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 5 stderr "conflicting options: cannot specify both --all and --filter all=1\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:75-76
docker volume create --label keep=yes k1
docker volume create --label keep=no k2
docker volume prune -a -f --filter label=keep=no
docker volume ls -q
docker volume prune -a -f --filter all=1
