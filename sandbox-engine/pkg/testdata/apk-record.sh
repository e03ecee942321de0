#!/bin/bash
# Record real apk-tools 2.14.4 outputs against the synthetic repository.
export LD_LIBRARY_PATH=/tmp/apkbuild/src
R=/tmp/aroot
A="/tmp/apkbuild/src/apk --root $R --allow-untrusted"
run() { # name, command...
  local name=$1; shift
  echo "=== $name: $*"
  "$@" >/tmp/apkrec/o 2>/tmp/apkrec/e; local rc=$?
  echo "--- stdout"; cat /tmp/apkrec/o; echo "--- stderr"; cat /tmp/apkrec/e; echo "--- rc=$rc"
}
fresh() { $(dirname $0)/apk-newroot.sh $R >/dev/null; }
fresh; run add-curl $A add curl; run add-curl-again $A add curl; run del-curl $A del curl
fresh; run add-nocache-jq $A add --no-cache jq; ls $R/var/cache/apk
fresh; run update $A update; run update-again $A update
fresh; run add-nosuch $A add nosuchpkg
fresh; run add-bash-git $A add bash git
fresh; run info $A info; run info-v $A info -v; run info-busybox $A info busybox; run info-curl-nocache $A info curl; run search-nocache $A search curl
$A update >/dev/null 2>&1; run info-curl $A info curl; run info-curl-a $A info -a curl; run search $A search curl; run info-L $A info -L zlib; run info-s $A info -s musl
fresh; run add-python3 $A add python3
fresh; run add-curl-then-del-libcurl $A add curl; run del-libcurl $A del libcurl
fresh; run virtual $A add --virtual .build-deps curl jq; run del-virtual $A del .build-deps
fresh; run upgrade $A upgrade
fresh; run del-nosuch $A del nosuchpkg
fresh; run add-noargs $A add
fresh; mkdir -p $R/etc/apk/cache; run add-with-cache $A add jq; ls -la $R/var/cache/apk $R/etc/apk/cache
fresh; run add-update-flag $A add --update jq
fresh; run add-tzdata $A add tzdata
fresh; run del-busybox-dep $A del zlib
fresh; run add-ver $A add 'curl=8.11.0-r2'; 
fresh; run add-badver $A add 'curl=1.0'
