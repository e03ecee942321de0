/**
 * Laying a package's files down in a root file system and taking them away again, as a package
 * manager's unpack and remove steps do. Entries use the catalog's description (catalog/spec.ts):
 * directories, real texts, synthetic files of a known size, symlinks, hard links.
 */
import type { Entry } from '../catalog/spec.ts';
import type { FileSystem } from '../vfs/types.ts';
import { writeSized } from './sized-file.ts';

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function mkdirs(fs: FileSystem, dir: string): void {
  if (dir === '/' || fs.exists(dir)) return;
  mkdirs(fs, parentOf(dir));
  fs.mkdir(dir, 0o755);
}

function lexists(fs: FileSystem, p: string): boolean {
  try {
    fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Write `entries` under the root `fs` sees; `mtime` (ms) stamps files as the package's build time. */
export function installEntries(fs: FileSystem, entries: readonly Entry[], mtime: number): void {
  for (const e of entries) {
    mkdirs(fs, parentOf(e.path));
    switch (e.kind) {
      case 'dir':
        if (!fs.exists(e.path)) fs.mkdir(e.path, e.mode ?? 0o755);
        break;
      case 'symlink':
        if (lexists(fs, e.path)) fs.unlink(e.path);
        fs.symlink(e.target, e.path);
        break;
      case 'hardlink':
        if (lexists(fs, e.path)) fs.unlink(e.path);
        fs.link(e.target, e.path);
        break;
      case 'file': {
        if (lexists(fs, e.path) && fs.lstat(e.path).kind !== 'file') fs.unlink(e.path);
        const mode = e.mode ?? 0o644;
        if (e.text !== undefined) {
          fs.writeFile(e.path, e.text, { mode });
          fs.chmod(e.path, mode);
        } else writeSized(fs, e.path, e.size ?? 0, e.head ?? new Uint8Array(0), mode);
        if (e.uid || e.gid) fs.chown(e.path, e.uid ?? 0, e.gid ?? 0);
        fs.utimes(e.path, e.mtime ?? mtime, e.mtime ?? mtime);
        break;
      }
    }
  }
}

/**
 * Remove a package's files, then those of its directories that are left empty and that no
 * package still installed lists (`keepDirs`), deepest first.
 */
export function removePaths(fs: FileSystem, files: readonly string[], dirs: readonly string[], keepDirs: ReadonlySet<string>): void {
  for (const f of files) if (lexists(fs, f)) fs.unlink(f);
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
    if (keepDirs.has(d) || !fs.exists(d)) continue;
    if (fs.readdir(d).length === 0) fs.rmdir(d);
  }
}
