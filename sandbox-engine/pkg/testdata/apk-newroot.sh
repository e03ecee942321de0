#!/bin/sh
# newroot.sh DIR: an alpine:3.20.3-like root for recording apk (static busybox for scripts)
set -e
R=$1; rm -rf $R; mkdir -p $R/etc/apk/keys $R/lib/apk/db $R/bin $R/sbin $R/usr/bin $R/tmp $R/var/cache $R/lib/apk/exec $R/etc/ssl/certs
printf 'x86_64\n' > $R/etc/apk/arch
printf 'http://127.0.0.1:8765/alpine/v3.20/main\n' > $R/etc/apk/repositories
printf 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nmusl-utils\n' > $R/etc/apk/world
(cd /work/main && node_modules/.bin/node --input-type=module -e "import { apkInstalledDb } from './sandbox-engine/catalog/apk-db.ts'; import { alpinePackages } from './sandbox-engine/catalog/alpine/packages.ts'; process.stdout.write(apkInstalledDb(alpinePackages()));" > $R/lib/apk/db/installed)
: > $R/lib/apk/db/triggers; : > $R/lib/apk/db/lock
tar -cf $R/lib/apk/db/scripts.tar -T /dev/null
sed -i "/^p:\/bin\/sh /a k:100" $R/lib/apk/db/installed
sed -i "/^P:ssl_client/,/^$/{/^p:cmd:ssl_client/a i:busybox=1.36.1-r29 libssl3
}" $R/lib/apk/db/installed
cp /bin/busybox $R/bin/busybox; ln -s busybox $R/bin/sh
