/**
 * The build context as the client sends it (fsutil over the session): every file under the
 * context directory that `.dockerignore` does not exclude, read through the calling process's
 * file system (so permissions apply as to the user running `docker build`). Ownership is not
 * sent: BuildKit copies context files as root unless COPY --chown says otherwise.
 */
import type { FileSystem } from '../vfs/types.ts';
import { DockerIgnore } from './dockerignore.ts';

export interface ContextEntry {
  /** Relative to the context root, `/`-separated, no leading `/`. */
  path: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  mtime: number;
  data?: Uint8Array;
  target?: string;
  /** Owner, for files read from a stage (context files are sent without one: root). */
  uid?: number;
  gid?: number;
}

export interface BuildContext {
  entries: Map<string, ContextEntry>;
  /** Bytes the client "transfers" (file contents): the `transferring context:` figure. */
  size: number;
}

export function readContext(fs: FileSystem, root: string, ignore: DockerIgnore): BuildContext {
  const entries = new Map<string, ContextEntry>();
  let size = 0;
  const walk = (rel: string): void => {
    const abs = rel ? `${root}/${rel}` : root;
    for (const name of fs.readdir(abs).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (ignore.ignored(path)) {
        // An excluded directory may still hold re-included files (`!dir/keep`): walk it anyway.
        const st = fs.lstat(`${abs}/${name}`);
        if (st.kind === 'dir') walk(path);
        continue;
      }
      const st = fs.lstat(`${abs}/${name}`);
      if (st.kind === 'dir') {
        entries.set(path, { path, kind: 'dir', mode: st.mode, mtime: st.mtime });
        walk(path);
      } else if (st.kind === 'symlink') {
        entries.set(path, { path, kind: 'symlink', mode: 0o777, mtime: st.mtime, target: fs.readlink(`${abs}/${name}`) });
      } else if (st.kind === 'file') {
        const data = fs.readFile(`${abs}/${name}`);
        size += data.length;
        entries.set(path, { path, kind: 'file', mode: st.mode, mtime: st.mtime, data });
      }
    }
  };
  walk('');
  return { entries, size };
}
