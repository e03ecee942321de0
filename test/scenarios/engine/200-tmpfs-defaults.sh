# checks: --tmpfs defaults (mode 1777, owned by root) and a read-only tmpfs.
# patched: 1 stdout "755 root root\n" -- runc v1.3.3 libcontainer/rootfs_linux.go:548,555-564 (Engine 28.5.2 ships runc v1.3.3: the mountpoint it creates is 0755 and the tmpfs gets mode= of it; runc 1.1.5 here left the kernel default 1777)
docker run --name tdf --tmpfs /t alpine stat -c '%a %U %G' /t
docker run --name tdr --tmpfs /t:ro alpine touch /t/f
