/**
 * Finding programs through PATH the way execvp and `which` do, over the process's file system
 * (so permissions and a container's own tree apply). Shared by which, env and sudo.
 */
import type { FileSystem } from '../../../vfs/types.ts';
import { isFsError, type Errno } from '../../../vfs/errors.ts';

/** dash's built-in PATH, used by Debian's `which` (a dash script) when PATH is unset. */
export const DASH_DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** busybox's bb_default_path, used when PATH is unset. */
export const BUSYBOX_DEFAULT_PATH = '/sbin:/usr/sbin:/bin:/usr/bin';
/** glibc execvp's fallback when PATH is unset (confstr _CS_PATH). */
export const EXECVP_DEFAULT_PATH = '/bin:/usr/bin';

/** A regular file (after symlinks) that this process may execute: `test -f F && test -x F`. */
export function isExecutableFile(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path).kind === 'file' && fs.access(path, 'x');
  } catch (e) {
    if (isFsError(e)) return false;
    throw e;
  }
}

/** PATH's directories; an empty entry means the current directory, an empty PATH has none. */
export function pathDirs(path: string): string[] {
  if (path === '') return [];
  return path.split(':').map((d) => (d === '' ? '.' : d));
}

/** Every `DIR/name` in PATH order that is an executable regular file. */
export function findInPath(fs: FileSystem, name: string, path: string): string[] {
  const out: string[] = [];
  for (const dir of pathDirs(path)) {
    const p = `${dir}/${name}`;
    if (isExecutableFile(fs, p)) out.push(p);
  }
  return out;
}

export type ExecLookup = { ok: true; path: string } | { ok: false; code: Errno };

/**
 * execvp's search: a name with a slash is used as is (failing with execve's errno: ENOENT,
 * ENOTDIR, EACCES for a directory or a file without x); otherwise the first executable file in
 * PATH. Like glibc, a search that met something it may not execute fails with EACCES (`env /tmp`,
 * a PATH directory it cannot search); otherwise with the last entry's error, ENOENT or ENOTDIR
 * (a PATH entry that is a file); any other error (ELOOP...) stops the search at once.
 */
export function lookupExec(fs: FileSystem, name: string, path: string | undefined): ExecLookup {
  if (name === '') return { ok: false, code: 'ENOENT' };
  const candidates = name.includes('/') ? [name] : pathDirs(path ?? EXECVP_DEFAULT_PATH).map((d) => `${d}/${name}`);
  let denied = false;
  let last: Errno = 'ENOENT';
  for (const c of candidates) {
    if (isExecutableFile(fs, c)) return { ok: true, path: c };
    try {
      fs.stat(c);
      denied = true; // exists, but is a directory or lacks the x bit
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (e.code === 'EACCES') denied = true;
      else if (e.code === 'ENOENT' || e.code === 'ENOTDIR') last = e.code;
      else return { ok: false, code: e.code };
    }
  }
  return { ok: false, code: denied ? 'EACCES' : last };
}
