#!/bin/sh
# Rebuild the recording repository from pkg/alpine/repo-data.ts (see README.md).
set -e
W=/tmp/apkrec; mkdir -p $W
cd "$(dirname "$0")/../../.." # the project root
node_modules/.bin/node --input-type=module -e "
import { alpineRepository } from './sandbox-engine/pkg/alpine/repo-data.ts';
import { writeFileSync } from 'node:fs';
const size = (e) => e.text !== undefined ? new TextEncoder().encode(String(e.text)).length : e.size ?? 0;
writeFileSync('$W/repo.json', JSON.stringify(alpineRepository().map((p) => ({ ...p, entries: undefined,
  files: p.entries.filter((e) => e.kind !== 'hardlink').map((e) => e.kind === 'file' ? { kind: 'file', path: e.path, mode: e.mode, size: size(e) } : e) }))));
"
rm -rf $W/repo/alpine/v3.20/main/x86_64
python3 sandbox-engine/pkg/testdata/apk-mkrepo.py $W/repo.json $W/repo/alpine/v3.20/main/x86_64
cd $W/repo/alpine/v3.20/main/x86_64 && LD_LIBRARY_PATH=/tmp/apkbuild/src /tmp/apkbuild/src/apk index --allow-untrusted -o APKINDEX.tar.gz *.apk >/dev/null 2>&1
