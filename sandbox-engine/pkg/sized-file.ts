/**
 * Writing a package's files: a few real texts (configuration people `cat`) and many synthetic
 * files of a known size (binaries, libraries, data) whose bytes we do not carry, as the catalog's
 * base images hold them. `FileSystem` has no call for synthetic content, so after creating the
 * file through the process's view (permissions, overlay copy-up of the parents, umask) the
 * content is set on the backend that holds the new file: a MemFs, or the upper MemFs of an
 * overlay. Any other backend gets real zero bytes (correct, only costlier).
 *
 *   writeSized(fs, '/usr/bin/curl', 272_152, elfStub('curl'), 0o755);
 *
 * TODO(lead): a `writeSynthetic(path, size, head)` on FileSystem would make the duck typing below
 * unnecessary.
 */
import type { FileSystem } from '../vfs/types.ts';
import type { SyntheticContent } from '../vfs/types.ts';

interface SyntheticHolder {
  lstat(path: string): unknown;
  setSynthetic(path: string, content: SyntheticContent): void;
}

interface MountLookup {
  mountFor(path: string): { mount: { backend: unknown }; bpath: string };
}

function holderOf(backend: unknown): SyntheticHolder | null {
  const b = backend as Partial<SyntheticHolder> & { upper?: unknown };
  if (typeof b.setSynthetic === 'function') return b as SyntheticHolder;
  const up = b.upper as Partial<SyntheticHolder> | null | undefined;
  if (up && typeof up.setSynthetic === 'function') return up as SyntheticHolder;
  return null;
}

/** Create (or replace) `path` as a file of `size` bytes starting with `head`, mode `mode`. */
export function writeSized(fs: FileSystem, path: string, size: number, head: Uint8Array, mode = 0o644): void {
  const lead = head.slice(0, Math.min(head.length, size));
  fs.writeFile(path, lead, { mode });
  fs.chmod(path, mode);
  if (size <= lead.length) return;
  const vfs = (fs as { vfs?: MountLookup }).vfs;
  if (vfs && typeof vfs.mountFor === 'function') {
    const { mount, bpath } = vfs.mountFor(fs.realpath(path));
    const holder = holderOf(mount.backend);
    if (holder && holder.lstat(bpath)) {
      holder.setSynthetic(bpath, { synthetic: true, size, head: lead });
      return;
    }
  }
  fs.truncate(path, size);
}
