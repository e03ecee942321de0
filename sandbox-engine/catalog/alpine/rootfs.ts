/**
 * The alpine-minirootfs-3.20.3-x86_64 layer: every package's files plus the apk database that
 * lists them. Shared by alpine:3.20 and nginx:alpine (built FROM alpine:3.20), so both get the
 * same DiffID, as on Docker Hub.
 */
import { apkInstalledDb } from '../apk-db.ts';
import { blob, dir, text, utc, type Entry, type LayerSpec } from '../spec.ts';
import { APK_ARCH, APK_REPOSITORIES, APK_WORLD } from './etc-files.ts';
import { alpinePackages } from './packages.ts';
import { ALPINE_CREATED, ALPINE_ROOTFS_SIZE } from './meta.ts';

// Where they were first defined; the image (images/*.ts) reads them from meta.ts.
export { ALPINE_CREATED, ALPINE_ROOTFS_SIZE };

export function alpineRootfsSpec(): LayerSpec {
  const packages = alpinePackages();
  const entries: Entry[] = [];
  for (const p of packages) entries.push(...p.entries);
  entries.push(
    text('/etc/apk/arch', APK_ARCH),
    text('/etc/apk/repositories', APK_REPOSITORIES),
    text('/etc/apk/world', APK_WORLD),
    dir('/lib/apk/db'),
    text('/lib/apk/db/installed', apkInstalledDb(packages)),
    // apk 2.14 keeps package scripts in an uncompressed tar; 10 kB is an estimate.
    blob('/lib/apk/db/scripts.tar', 10_240, 0o644, 'alpine-baselayout-3.6.5-r0.Q1'),
    // Stand-in content in the real format (checksum of the package, then the trigger paths).
    text('/lib/apk/db/triggers', 'Q1n9ZwVb6ThYUkBZTzIDMcLp1pM0o= /usr/share/udhcpc\nQ1Qy1aGMzsfM8Yy6NQBMp0Tt4J2yg= /lib/apk/exec\n'),
  );
  return {
    mtime: utc('2024-09-06T11:26:02Z'),
    entries,
    balance: { path: '/lib/libcrypto.so.3', total: ALPINE_ROOTFS_SIZE },
  };
}
