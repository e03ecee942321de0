# checks: lesson 3's tmpfs as a student pokes at it: the mount's directory, /proc/mounts, restart, --mount tmpfs options in inspect
# normalize: ls-time
# patched: 3 stdout sub "drwxrwxrwt    2 root     root            60 <mtime> /cache" "drwxr-xr-x    2 root     root            60 <mtime> /cache" -- runc v1.3.3 libcontainer/rootfs_linux.go:555-565 (a tmpfs gets mode=<the mode of its mount point> before the user's options: 0755 for the /cache directory runc has just made, 0o755 at :548); the recording's runc 1.1.5 left the kernel's 1777
# patched: 4 stdout "755 60 2 root\n" -- runc v1.3.3 libcontainer/rootfs_linux.go:555-565 (a tmpfs gets mode=<the mode of its mount point> before the user's options: 0755 for the /cache directory runc has just made, 0o755 at :548); the recording's runc 1.1.5 left the kernel's 1777
# patched: 5 stdout "tmpfs /cache tmpfs rw,nosuid,nodev,noexec,relatime,mode=755 0 0\n" -- runc v1.3.3 libcontainer/rootfs_linux.go:555-565 (a tmpfs gets mode=<the mode of its mount point> before the user's options: 0755 for the /cache directory runc has just made, 0o755 at :548); the recording's runc 1.1.5 left the kernel's 1777; the kernel lists mode= after the mount flags (shmem_show_options)
docker run -d --name scratchpad --tmpfs /cache alpine sleep 1000
docker exec scratchpad sh -c 'echo secret > /cache/token; echo note > /tmp/note'
docker exec scratchpad ls -ld /cache /tmp
docker exec scratchpad stat -c '%a %s %h %U' /cache
docker exec scratchpad sh -c 'grep /cache /proc/mounts'
docker inspect -f '{{json .HostConfig.Tmpfs}} {{json .HostConfig.Mounts}} {{json .Mounts}}' scratchpad
docker restart -t 0 scratchpad
docker exec scratchpad ls -A /cache /tmp
docker run -d --name sp2 --mount type=tmpfs,destination=/cache,tmpfs-size=1m,tmpfs-mode=1770 alpine sleep 1000
docker exec sp2 sh -c 'grep /cache /proc/mounts; stat -c %a /cache'
docker inspect -f '{{json .HostConfig.Tmpfs}} {{json .HostConfig.Mounts}} {{json .Mounts}}' sp2
docker run -d --name sp3 --tmpfs /cache:size=2m,mode=700,noexec alpine sleep 1000
docker exec sp3 sh -c 'grep /cache /proc/mounts; stat -c %a /cache'
docker cp sp3:/cache/x y
docker rm -f scratchpad sp2 sp3
