# checks: --mount volume-subpath mounts a directory inside the volume; a missing one fails.
# patched: 2 stdout "b\n" -- moby v28.5.2 volume/mounts/mounts.go MountPoint.Setup (safepath.Join of Spec.VolumeOptions.Subpath, API 1.45+; the 20.10 recording daemon ignores volume-subpath) and internal/safepath/common.go:28, errors.go:18
# patched: 3 stderr "docker: Error response from daemon: cannot access path /var/lib/docker/volumes/subv/_data/nope: lstat /var/lib/docker/volumes/subv/_data/nope: no such file or directory\n\nRun 'docker run --help' for more information\n" -- moby v28.5.2 volume/mounts/mounts.go MountPoint.Setup (safepath.Join of Spec.VolumeOptions.Subpath, API 1.45+; the 20.10 recording daemon ignores volume-subpath) and internal/safepath/common.go:28, errors.go:18
# patched: 3 exit 127 -- docker/cli v28.5.2 cli/command/container/run.go toStatusError ("no such file or directory" → 127)
docker run --name sp1 -v subv:/data alpine mkdir -p /data/a/b
docker run --name sp2 --mount type=volume,src=subv,dst=/x,volume-subpath=a alpine ls /x
docker run --name sp3 --mount type=volume,src=subv,dst=/x,volume-subpath=nope alpine true
