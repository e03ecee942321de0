/**
 * `COPY --from=<stage>`: the files a source names, read from the stage's result layers (a
 * mount of its top layer) into the same shape as the build context, so selection, checksum
 * and copying work alike. Unlike context files, they keep their owner.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';
import { Vfs, type FsView } from '../vfs/vfs.ts';
import { ROOT } from '../vfs/types.ts';
import type { BuildContext, ContextEntry } from './context.ts';
import { cleanContextPath } from './copy.ts';

function entryOf(view: FsView, abs: string, rel: string, follow: boolean): ContextEntry | null {
  let st;
  try {
    st = follow ? view.stat(abs) : view.lstat(abs);
  } catch {
    return null;
  }
  const base = { path: rel, mode: st.mode, mtime: st.mtime, uid: st.uid, gid: st.gid };
  if (st.kind === 'dir') return { ...base, kind: 'dir' };
  if (st.kind === 'symlink') return { ...base, kind: 'symlink', mode: 0o777, target: view.readlink(abs) };
  if (st.kind === 'file') return { ...base, kind: 'file', data: view.readFile(abs) };
  return null;
}

function walk(view: FsView, rel: string, out: Map<string, ContextEntry>): void {
  for (const name of view.readdir(`/${rel}`).sort()) {
    const p = rel ? `${rel}/${name}` : name;
    const e = entryOf(view, `/${p}`, p, false);
    if (!e) continue;
    out.set(p, e);
    if (e.kind === 'dir') walk(view, p, out);
  }
}

export function stageSource(d: Daemon, top: Layer | null, sources: readonly string[]): BuildContext {
  const entries = new Map<string, ContextEntry>();
  const rw = d.layers.createRWLayer(`buildkit-from-${d.generateID()}`, top, null);
  try {
    const view = new Vfs(rw.mount()).view(ROOT);
    for (const src of sources) {
      const rel = cleanContextPath(src);
      if (/[*?[]/.test(rel)) {
        // A wildcard: everything under the directory holding the first wildcard element.
        const fixed = rel.slice(0, rel.search(/[*?[]/));
        const dir = fixed.slice(0, Math.max(0, fixed.lastIndexOf('/')));
        try {
          walk(view, dir, entries);
        } catch {
          // a missing directory selects nothing
        }
        continue;
      }
      if (rel === '') {
        walk(view, '', entries);
        continue;
      }
      // The source path itself is followed if it is a symlink (BuildKit's FollowSymlinks).
      const e = entryOf(view, `/${rel}`, rel, true);
      if (!e) continue;
      entries.set(rel, e);
      if (e.kind === 'dir') walk(view, rel, entries);
    }
  } finally {
    d.layers.releaseRWLayer(rw);
  }
  return { entries, size: 0 };
}
