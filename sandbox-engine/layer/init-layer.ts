/**
 * The container init layer (moby daemon/initlayer/setup_unix.go `Setup`), run on the `-init`
 * layer's merged mount (image layers below, the init layer's diff dir as upper). For each path:
 * unlink every component (so an image's own /etc/hosts or /etc/mtab is replaced; directories
 * survive the unlink), then, if the path does not resolve, create its parents (0755) and it:
 * directories 0755, empty files 0755 (os.OpenFile(..., O_CREATE, 0755) under dockerd's umask 022),
 * or the /etc/mtab symlink. Recorded on Docker 20.10 (same code): an image with /dev, /proc and
 * /sys gets .dockerenv, etc/{hosts,hostname,resolv.conf,mtab}, dev/{console,pts,shm}.
 */
import { isFsError } from '../vfs/errors.ts';
import type { FileSystem } from '../vfs/types.ts';

/** The paths in the order they are applied (Go iterates a map; any fixed order gives the same tree). */
export const INIT_LAYER_PATHS: ReadonlyArray<readonly [string, 'dir' | 'file' | string]> = [
  ['/dev/pts', 'dir'],
  ['/dev/shm', 'dir'],
  ['/proc', 'dir'],
  ['/sys', 'dir'],
  ['/.dockerenv', 'file'],
  ['/etc/resolv.conf', 'file'],
  ['/etc/hosts', 'file'],
  ['/etc/hostname', 'file'],
  ['/dev/console', 'file'],
  ['/etc/mtab', '/proc/mounts'],
];

export type InitFunc = (fs: FileSystem) => void;

/** `fs` must be root's view of the init mount with umask 022. */
export const setupInitLayer: InitFunc = (fs) => {
  for (const [path, typ] of INIT_LAYER_PATHS) {
    const parts = path.split('/').slice(1);
    let prev = '';
    for (const p of parts) {
      prev += `/${p}`;
      ignore(() => fs.unlink(prev));
    }
    if (fs.exists(path)) continue;
    mkdirAll(fs, path.slice(0, path.lastIndexOf('/')) || '/');
    if (typ === 'dir') mkdirAll(fs, path);
    else if (typ === 'file') fs.writeFile(path, new Uint8Array(0), { mode: 0o755, truncate: false });
    else fs.symlink(typ, path);
  }
};

function mkdirAll(fs: FileSystem, dir: string): void {
  if (dir === '/' || fs.exists(dir)) return;
  mkdirAll(fs, dir.slice(0, dir.lastIndexOf('/')) || '/');
  fs.mkdir(dir, 0o755);
}

function ignore(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
}
