/**
 * The applet symlinks Alpine's busybox package installs (`busybox --install -s`, all pointing at
 * /bin/busybox), by directory.
 *
 * Source: a `tar -tv` listing of the alpine:latest base layer published in a blog post (Alpine
 * 3.23, busybox 1.37), adjusted to busybox 1.36.1 as Alpine 3.20 ships it: `ed` is still in /bin
 * (seen in an alpine 3.18 `ls /bin`, busybox 1.36). Approximate for 3.20 in details: an applet
 * Alpine enabled or dropped between 1.36.1-r29 and 1.37 may be listed wrongly.
 */
export const ALPINE_BIN_APPLETS: readonly string[] = [
  'arch', 'ash', 'base64', 'bbconfig', 'cat', 'chattr', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd',
  'df', 'dmesg', 'dnsdomainname', 'dumpkmap', 'echo', 'ed', 'egrep', 'false', 'fatattr', 'fdflush',
  'fgrep', 'fsync', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice', 'iostat', 'ipcalc',
  'kbd_mode', 'kill', 'link', 'linux32', 'linux64', 'ln', 'login', 'ls', 'lsattr', 'lzop', 'makemime',
  'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mpstat', 'mv', 'netstat', 'nice', 'pidof',
  'ping', 'ping6', 'pipe_progress', 'printenv', 'ps', 'pwd', 'reformime', 'rev', 'rm', 'rmdir',
  'run-parts', 'sed', 'setpriv', 'setserial', 'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar',
  'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat',
];

export const ALPINE_SBIN_APPLETS: readonly string[] = [
  'acpid', 'adjtimex', 'arp', 'blkdiscard', 'blkid', 'blockdev', 'depmod', 'fbsplash', 'fdisk', 'findfs',
  'fsck', 'fstrim', 'getty', 'halt', 'hwclock', 'ifconfig', 'ifdown', 'ifenslave', 'ifup', 'init',
  'inotifyd', 'insmod', 'ip', 'ipaddr', 'iplink', 'ipneigh', 'iproute', 'iprule', 'iptunnel', 'klogd',
  'loadkmap', 'logread', 'losetup', 'lsmod', 'mdev', 'mkdosfs', 'mkfs.vfat', 'mkswap', 'modinfo',
  'modprobe', 'nameif', 'nologin', 'pivot_root', 'poweroff', 'raidautorun', 'reboot', 'rmmod', 'route',
  'setconsole', 'slattach', 'swapoff', 'swapon', 'switch_root', 'sysctl', 'syslogd', 'tunctl', 'udhcpc',
  'vconfig', 'watchdog', 'zcip',
];

export const ALPINE_USR_BIN_APPLETS: readonly string[] = [
  '[', '[[', 'awk', 'basename', 'bc', 'beep', 'bunzip2', 'bzcat', 'bzip2', 'cal', 'chvt', 'cksum',
  'clear', 'cmp', 'comm', 'cpio', 'crontab', 'cryptpw', 'cut', 'dc', 'deallocvt', 'diff', 'dirname',
  'dos2unix', 'du', 'eject', 'env', 'expand', 'expr', 'factor', 'fallocate', 'find', 'flock', 'fold',
  'free', 'fuser', 'groups', 'hd', 'head', 'hexdump', 'hostid', 'id', 'install', 'ipcrm', 'ipcs',
  'killall', 'last', 'less', 'logger', 'lsof', 'lsusb', 'lzcat', 'lzma', 'lzopcat', 'md5sum', 'mesg',
  'microcom', 'mkfifo', 'mkpasswd', 'nc', 'nl', 'nmeter', 'nohup', 'nproc', 'nsenter', 'nslookup', 'od',
  'openvt', 'passwd', 'paste', 'pgrep', 'pkill', 'pmap', 'printf', 'pscan', 'pstree', 'pwdx',
  'readlink', 'realpath', 'renice', 'reset', 'resize', 'seq', 'setkeycodes', 'setsid', 'sha1sum',
  'sha256sum', 'sha3sum', 'sha512sum', 'showkey', 'shred', 'shuf', 'sort', 'split', 'strings', 'sum',
  'tac', 'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'traceroute6', 'tree',
  'truncate', 'tty', 'ttysize', 'udhcpc6', 'unexpand', 'uniq', 'unix2dos', 'unlink', 'unlzma', 'unlzop',
  'unshare', 'unxz', 'unzip', 'uptime', 'uudecode', 'uuencode', 'vi', 'vlock', 'volname', 'wc', 'wget',
  'which', 'who', 'whoami', 'whois', 'xargs', 'xxd', 'xzcat', 'yes',
];

export const ALPINE_USR_SBIN_APPLETS: readonly string[] = [
  'add-shell', 'addgroup', 'adduser', 'arping', 'brctl', 'chpasswd', 'chroot', 'crond', 'delgroup',
  'deluser', 'ether-wake', 'fbset', 'killall5', 'loadfont', 'nanddump', 'nandwrite', 'nbd-client', 'ntpd',
  'partprobe', 'rdate', 'rdev', 'readahead', 'remove-shell', 'rfkill', 'sendmail', 'setfont', 'setlogcons',
];
