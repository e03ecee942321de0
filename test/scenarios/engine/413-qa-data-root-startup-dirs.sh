# checks: what dockerd's builder and plugin manager leave in the data root at start, as a student listing /var/lib/docker finds it
# normalize: ls-time
# patched: 1 stdout "cache.db\ncontainerdmeta.db\ncontent\nexecutor\nhistory.db\nmetadata_v2.db\nsnapshots.db\n" -- moby v28.5.2 builder/builder-next/controller.go:383 openHistoryDB(opt.Root, "history.db") in newGraphDriverController; the 20.10 recording daemon has no build history database
sudo ls /var/lib/docker/buildkit
sudo ls -l /var/lib/docker/buildkit/content
sudo ls -ld /var/lib/docker/buildkit/executor
sudo stat -c '%n %a' /var/lib/docker/buildkit/containerdmeta.db /var/lib/docker/buildkit/snapshots.db
sudo ls -l /var/lib/docker/plugins
sudo ls -l /var/lib/docker/plugins/storage
