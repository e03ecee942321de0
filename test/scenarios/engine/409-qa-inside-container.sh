# checks: what a student sees inside an alpine container about its own file system: mounts, the root directory, files of the image
# normalize: ls-time
docker run --rm alpine ls /
docker run --rm alpine sh -c 'cat /proc/mounts | cut -d" " -f1-3 | head -3'
docker run --rm alpine sh -c 'grep overlay /proc/mounts | cut -d" " -f1-3'
docker run --rm -v data:/data --tmpfs /cache alpine sh -c 'grep -E " /(data|cache) " /proc/mounts | cut -d" " -f2-3'
docker run --rm alpine sh -c 'echo $HOME $PATH; pwd; id'
docker run --rm alpine hostname
docker run --rm -w /tmp alpine pwd
docker run --rm alpine stat -c '%n %s %a %U' /etc/motd /etc/issue /bin/sh /bin/busybox
docker run --rm alpine ls /dev
docker run --rm alpine ls -ld /tmp /root /home /var
docker run --rm alpine ls -l /etc/motd
docker run --rm alpine sh -c 'ls /.dockerenv && wc -c < /.dockerenv'
