/**
 * COPY/ADD from the build context (BuildKit's FileOp copy, bk:solver/llbsolver/file/backend.go
 * over fsutil's copy): sources are cleaned to the context root (`../x` cannot escape), may hold
 * `*`/`?`/`[...]` wildcards, and a directory source copies its contents. A file goes into the
 * destination when it ends in `/` or is a directory at the time of that file's copy, else it
 * becomes the destination: several files to `/dest` overwrite each other and the last one stays
 * (fsutil copy.go prepareTargetDir, each source copied in turn; recorded: engine scenario 301);
 * missing parent directories are created (0755, owned as --chown says). Files keep their mode
 * and mtime; ownership is root unless --chown, mode as --chmod says.
 *
 * The cache key of the step is the checksum of what is copied (path, type, mode, content, link
 * target), never the mtime (docker/docs build/cache/invalidation.md).
 */
import type { Daemon } from '../daemon/daemon.ts';
import { DockerIgnore } from './dockerignore.ts';
import type { Layer } from '../layer/layer-store.ts';
import { Vfs, type FsView } from '../vfs/vfs.ts';
import { ROOT } from '../vfs/types.ts';
import { digestOf } from '../layer/digest.ts';
import { utf8 } from '../util/text.ts';
import { isFsError } from '../vfs/errors.ts';
import type { BuildContext, ContextEntry } from './context.ts';

/** Go's path.Clean of a context path, made relative to the root. */
export function cleanContextPath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function globToRegExp(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const cls = pattern.slice(i + 1, end);
        re += `[${cls.startsWith('^') || cls.startsWith('!') ? '^' + cls.slice(1) : cls}]`;
        i = end;
      }
    } else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

/**
 * The context entries a source selects; null when nothing matches (the caller's `not found`).
 * For a directory, its children (paths relative to it); for a file or link, itself.
 */
export function selectSource(ctx: BuildContext, src: string): Array<{ name: string; top: ContextEntry | null; children: ContextEntry[] }> | null {
  const rel = cleanContextPath(src);
  const tops: Array<ContextEntry | null> = [];
  if (rel === '') tops.push(null);
  else if (/[*?[]/.test(rel)) {
    const re = globToRegExp(rel);
    for (const [p, e] of ctx.entries) if (re.test(p)) tops.push(e);
    if (tops.length === 0) return null;
  } else {
    const e = ctx.entries.get(rel);
    if (!e) return null;
    tops.push(e);
  }
  return tops.map((top) => {
    if (top !== null && top.kind !== 'dir') return { name: top.path.slice(top.path.lastIndexOf('/') + 1), top, children: [] };
    const prefix = top === null ? '' : `${top.path}/`;
    const children = [...ctx.entries.values()].filter((e) => e.path.startsWith(prefix) && e.path !== top?.path);
    return { name: top === null ? '' : top.path.slice(top.path.lastIndexOf('/') + 1), top, children };
  });
}

export type Selection = NonNullable<ReturnType<typeof selectSource>>;

/**
 * COPY/ADD --exclude (BuildKit v0.25.2: dockerfile2llb WithExcludePatterns; fsutil copy.go
 * `copier.copy` matches each path relative to the source being copied, parents included, with
 * moby/patternmatcher): what a selected directory holds is filtered; a selected top itself (a
 * named file, or a wildcard's match) has the empty relative path and is never excluded.
 */
export function withoutExcluded(sel: Selection, patterns: readonly string[]): Selection {
  if (patterns.length === 0) return sel;
  const m = new DockerIgnore(patterns.join('\n'));
  return sel.map((s) => {
    const prefix = s.top === null ? '' : `${s.top.path}/`;
    return { ...s, children: s.children.filter((e) => !m.ignored(e.path.slice(prefix.length))) };
  });
}

/** The content checksum of the selection (what BuildKit's contenthash computes), mtime left out. */
export function selectionChecksum(sel: Selection[]): string {
  const parts: string[] = [];
  for (const group of sel) {
    for (const s of group) {
      for (const e of s.top ? [s.top, ...s.children] : s.children) {
        const data = e.data ? digestOf(e.data) : '';
        parts.push(`${e.path}\0${e.kind}\0${e.mode.toString(8)}\0${e.uid ?? 0}:${e.gid ?? 0}\0${data}\0${e.target ?? ''}`);
      }
    }
  }
  return digestOf(utf8(parts.join('\n')));
}

export interface Owner {
  uid: number;
  gid: number;
}

function lookupId(view: FsView, file: string, name: string): number | null {
  if (/^\d+$/.test(name)) return Number(name);
  let text = '';
  try {
    text = view.readText(file);
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 3) return Number(f[2]);
  }
  return null;
}

/** --chown=user[:group]: names through the image's /etc/passwd and /etc/group; a missing group is the uid. */
export function resolveChown(view: FsView, spec: string): Owner | { error: string } {
  const [u, g] = spec.split(':', 2);
  const uid = lookupId(view, '/etc/passwd', u);
  if (uid === null) return { error: `unable to convert uid/gid chown string to host mapping: can't find uid for user ${u}: no such user: ${u}` };
  if (g === undefined) return { uid, gid: uid };
  const gid = lookupId(view, '/etc/group', g);
  if (gid === null) return { error: `unable to convert uid/gid chown string to host mapping: can't find gid for group ${g}: no such group: ${g}` };
  return { uid, gid };
}

function mkdirParents(view: FsView, path: string, owner: Owner): void {
  let cur = '';
  for (const part of path.split('/').filter(Boolean)) {
    cur += `/${part}`;
    if (!view.exists(cur)) {
      view.mkdir(cur, 0o755);
      view.chown(cur, owner.uid, owner.gid);
    }
  }
}

function place(view: FsView, e: ContextEntry, path: string, chown: Owner | null, chmod: number | null): void {
  const mode = chmod ?? e.mode & 0o7777;
  // Without --chown, context files become root's; files from a stage keep their owner.
  const owner = chown ?? { uid: e.uid ?? 0, gid: e.gid ?? 0 };
  if (e.kind === 'dir') {
    if (!view.exists(path)) view.mkdir(path, 0o700);
    view.chmod(path, mode);
    view.chown(path, owner.uid, owner.gid);
  } else if (e.kind === 'symlink') {
    if (view.exists(path) || isLink(view, path)) view.unlink(path);
    view.symlink(e.target ?? '', path);
    view.chown(path, owner.uid, owner.gid, false);
    return;
  } else {
    view.writeFile(path, e.data ?? new Uint8Array());
    view.chmod(path, mode);
    view.chown(path, owner.uid, owner.gid);
  }
  view.utimes(path, e.mtime, e.mtime);
}

function isLink(view: FsView, path: string): boolean {
  try {
    return view.lstat(path).kind === 'symlink';
  } catch {
    return false;
  }
}

function isDir(view: FsView, path: string): boolean {
  try {
    return view.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/** Copy the selections into a layer on `top`; returns the layer tar. */
export function copyInLayer(d: Daemon, top: Layer | null, sel: Selection[], dest: string, destIsDir: boolean, chown: string, chmod: number | null): { tar: Uint8Array } | { error: string } {
  const rw = d.layers.createRWLayer(`buildkit-copy-${d.generateID()}`, top, null);
  try {
    const view = new Vfs(rw.mount()).view(ROOT, '/', 0);
    const given = chown ? resolveChown(view, chown) : null;
    if (given && 'error' in given) return given;
    const owner = given ?? { uid: 0, gid: 0 };
    const intoDir = destIsDir || isDir(view, dest);
    const base = dest === '/' ? '' : dest.replace(/\/+$/, '');
    mkdirParents(view, intoDir ? base || '/' : base.slice(0, base.lastIndexOf('/')) || '/', owner);
    for (const group of sel) {
      for (const s of group) {
        if (s.top === null || s.top.kind === 'dir') {
          // A directory copies its contents; the target directory takes the source's metadata.
          if (!isDir(view, base || '/')) {
            if (s.top) place(view, s.top, base, given, chmod);
            else mkdirParents(view, base, owner);
          }
          const prefix = s.top ? `${s.top.path}/` : '';
          for (const c of s.children) place(view, c, `${base}/${c.path.slice(prefix.length)}`, given, chmod);
        } else {
          place(view, s.top, destIsDir || isDir(view, base || '/') ? `${base}/${s.name}` : base, given, chmod);
        }
      }
    }
    return { tar: rw.tarStream() };
  } catch (e) {
    // e.g. a file where a directory is needed: the step fails with the system error.
    if (isFsError(e)) return { error: e.message };
    throw e;
  } finally {
    d.layers.releaseRWLayer(rw);
  }
}

/** WORKDIR's mkdir -p (owned by USER when set): the layer tar. */
export function mkdirInLayer(d: Daemon, top: Layer | null, path: string, user: string): { tar: Uint8Array } | { error: string } {
  const rw = d.layers.createRWLayer(`buildkit-mkdir-${d.generateID()}`, top, null);
  try {
    const view = new Vfs(rw.mount()).view(ROOT, '/', 0);
    const owner = user ? resolveChown(view, user) : { uid: 0, gid: 0 };
    if ('error' in owner) return owner;
    mkdirParents(view, path, owner);
    return { tar: rw.tarStream() };
  } catch (e) {
    if (isFsError(e)) return { error: e.message };
    throw e;
  } finally {
    d.layers.releaseRWLayer(rw);
  }
}
