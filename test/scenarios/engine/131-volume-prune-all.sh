# checks: docker volume prune -a removes unused named volumes too, never used ones.
# patched: 4 stdout "Deleted Volumes:\nn1\n\nTotal reclaimed space: 0B\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 4 stderr "" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 4 exit 0 -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 5 stdout "n2\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
docker volume create n1
docker volume create n2
docker run --name pa -v n2:/data alpine true
docker volume prune -a -f
docker volume ls -q
