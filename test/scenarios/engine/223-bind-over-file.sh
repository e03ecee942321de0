# checks: a host directory bound onto an image file fails at start.
# patched: 2 stderr sub "failed to create shim task: " "failed to create task for container: failed to create shim task: " -- moby v28.5.2 libcontainerd/remote/client.go:238 (NewTask errors are wrapped "failed to create task for container")
# patched: 2 stderr sub "mount (\\S+):(\\S+) \\(via /proc/self/fd/\\d+\\), flags: 0x5000" "mount src=$1, dst=$2, dstFd=/proc/thread-self/fd/7, flags=MS_BIND|MS_REC" -- runc v1.3.3 libcontainer/mount_linux.go:108-130 mountError.Error (src=, dst=, dstFd=, flags= by name; the fd number is the one runc 1.3 typically gets, not checked on a live runc 1.3.3)
mkdir dirsrc
docker run --name bof -v $(pwd)/dirsrc:/etc/passwd alpine true
