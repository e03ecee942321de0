# checks: docker volume prune asks before deleting; anything but y cancels silently.
# patched: 2 stdout "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] " -- docker/cli v28.5.2 cli/command/volume/prune.go:63,72 (API 1.42+: the default warning is about anonymous volumes; line 83 is the API < 1.42 text recorded here)
# patched: 4 stdout "WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Volumes:\n<hex64:1>\n\nTotal reclaimed space: 0B\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 4 stderr "" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 4 exit 0 -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
# patched: 5 stdout "0\n" -- docker/cli v28.5.2 cli/command/volume/prune.go:73-79 (API 1.42+: --all adds the all=true filter; the 20.10 recording daemon speaks API 1.41, which the CLI refuses) and moby v28.5.2 volume/service/service.go:212 Prune
docker volume create
echo n | docker volume prune
docker volume ls -q | wc -l
echo y | docker volume prune -a
docker volume ls -q | wc -l
