# checks: the top level of /var/lib/docker (root only).
# patched: 1 stdout "buildkit\ncontainers\nengine-id\nimage\nnetwork\noverlay2\nplugins\nruntimes\nswarm\ntmp\nvolumes\n" -- moby v28.5.2 daemon/id.go:12 writes engine-id; the trust dir is gone (created by 20.10 daemon/daemon.go:1051 only); containerd/ exists only when dockerd runs its own containerd (cmd/dockerd/daemon.go:1049), not with the system containerd the simulated host uses (dockerd --containerd=/run/containerd/containerd.sock)
sudo ls /var/lib/docker
sudo ls /var/lib/docker/image/overlay2
