/**
 * Canonical absolute names as gnulib's canonicalize_filename_mode computes them (coreutils 9.1
 * `readlink -f/-e/-m`, `realpath`; glibc's realpath(3) is the `existing` mode): walk the name one
 * component at a time from the cwd (or /), `..` drops the last component of what is already
 * resolved, and each new prefix is readlink'ed: a symlink's target is spliced in front of the rest.
 *
 * Modes say which components must exist:
 *   existing      all of them (readlink -e, realpath(3))
 *   all-but-last  all but the last (readlink -f): `dir/missing` is fine, `missing/x` is ENOENT
 *   missing       none (readlink -m); an unreadable or looping link is kept as a plain name
 *
 * Loops: after 20 symlinks, gnulib remembers (parent directory, name) pairs and calls a repeat a
 * loop (ELOOP; in `missing` mode the link is kept unresolved).
 *
 * Example: with `l -> d/sub`, canonicalize(fs, 'l/../x', 'missing') is `${cwd}/d/x`.
 */
import type { FileSystem } from '../../../vfs/types.ts';
import type { Errno } from '../../../vfs/errors.ts';
import { fsError } from './fs-common.ts';

export type CanonMode = 'existing' | 'all-but-last' | 'missing';

export type CanonResult = { ok: true; path: string } | { ok: false; code: Errno };

/** Symlinks followed before loop detection starts, as gnulib. */
const LINKS_BEFORE_CHECK = 20;
/** A hard stop the real code does not need (its hash table always ends a loop); kept as a guard. */
const MAX_STEPS = 4096;

/**
 * gnulib's suffix_requires_dir_check: the rest of the name after a component is only slashes, or
 * `/.` or `/..` components, so the component must be a directory.
 */
function suffixRequiresDir(rest: string): boolean {
  let i = 0;
  while (rest[i] === '/') {
    while (rest[i] === '/') i++;
    const c = rest[i++];
    if (c === undefined) return true;
    if (c !== '.') return false;
    const d = rest[i];
    if (d === undefined || d === '/') return true;
    if (d === '.' && (rest[i + 1] === undefined || rest[i + 1] === '/')) return true;
  }
  return false;
}

/** stat(name + "/") succeeds: the error it gives otherwise (ENOTDIR, ENOENT, EACCES...). */
function dirCheck(fs: FileSystem, path: string): Errno | null {
  try {
    return fs.stat(path).kind === 'dir' ? null : 'ENOTDIR';
  } catch (e) {
    return fsError(e).code;
  }
}

function parentDir(dest: string): string {
  const i = dest.lastIndexOf('/');
  return i <= 0 ? '/' : dest.slice(0, i);
}

export function canonicalize(fs: FileSystem, name: string, mode: CanonMode): CanonResult {
  if (name === '') return { ok: false, code: 'ENOENT' };
  let dest = name.startsWith('/') ? '/' : fs.cwd;
  let rest = name;
  let links = 0;
  const seen = new Set<string>();
  for (let steps = 0; ; steps++) {
    if (steps > MAX_STEPS) return { ok: false, code: 'ELOOP' };
    let start = 0;
    while (rest[start] === '/') start++;
    let end = start;
    while (end < rest.length && rest[end] !== '/') end++;
    if (end === start) break;
    const comp = rest.slice(start, end);
    const after = rest.slice(end);
    rest = after;
    if (comp === '.') continue;
    if (comp === '..') {
      dest = parentDir(dest);
      continue;
    }
    const candidate = dest === '/' ? `/${comp}` : `${dest}/${comp}`;
    let target: string | null = null;
    let code: Errno | null = null;
    try {
      target = fs.readlink(candidate);
    } catch (e) {
      code = fsError(e).code;
    }
    if (target !== null) {
      if (links < LINKS_BEFORE_CHECK) links++;
      else {
        let parent: string;
        try {
          const st = fs.stat(dest);
          parent = `${st.dev}:${st.ino}`;
        } catch (e) {
          return { ok: false, code: fsError(e).code };
        }
        const key = `${parent}/${comp}`;
        if (seen.has(key)) {
          if (mode === 'missing') {
            dest = candidate;
            continue;
          }
          return { ok: false, code: 'ELOOP' };
        }
        seen.add(key);
      }
      rest = target + after;
      if (target.startsWith('/')) dest = '/';
      continue;
    }
    dest = candidate;
    const failure = code ?? 'EINVAL';
    if (mode === 'missing') continue;
    if (suffixRequiresDir(after)) {
      const err = dirCheck(fs, dest);
      if (err === null) continue;
      if (mode === 'all-but-last' && err === 'ENOENT' && /^\/*$/.test(after)) continue;
      return { ok: false, code: err };
    }
    if (failure === 'EINVAL') continue;
    if (mode === 'all-but-last' && failure === 'ENOENT' && /^\/*$/.test(after)) continue;
    return { ok: false, code: failure };
  }
  return { ok: true, path: dest };
}
