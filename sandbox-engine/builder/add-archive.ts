/**
 * ADD of a local archive: BuildKit v0.25.2 unpacks a source that is a regular file holding a tar,
 * plain or compressed (solver/llbsolver/file/unpack.go isArchivePath: compression.DecompressStream
 * then tar.Reader.Next must succeed), into the destination directory instead of copying it; every
 * other source is copied as COPY would. What unpacking does (go-archive Untar, as `docker cp`
 * applies an archive, archive/copy.ts `untar`):
 * - the destination is made first (MkdirAll 0755, owned by --chown when given); the archive's `.`
 *   entry does not change it; missing parents of entries are made 0755 root;
 * - entries keep their mode, mtime and owner from the tar headers, except that --chown owns them
 *   all (TarOptions.ChownOpts, added in BuildKit v0.23: commit 46e52f47 "file: add chown to archive
 *   unpack from copy"; Engine 20.10's BuildKit kept the archive's owners);
 * - --chmod does not apply to unpacked entries (unpack takes no mode);
 * - an existing non-directory in the way is replaced; directories merge.
 * A file that merely looks compressed but holds no tar (`notes.txt.gz`) is copied as is.
 *
 * Compression: gzip is decoded here (gunzip.ts); bzip2, xz and zstd archives, which BuildKit also
 * unpacks, are refused with a simulator message (the simulated hosts have no program making them).
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';
import { Vfs } from '../vfs/vfs.ts';
import { ROOT } from '../vfs/types.ts';
import { isFsError } from '../vfs/errors.ts';
import { archiveEntries, CopyError, untar } from '../archive/copy.ts';
import { TarFormatError } from '../archive/tar.ts';
import { copyInLayer, resolveChown, type Selection } from './copy.ts';
import { gunzip, GzipError, isGzip } from './gunzip.ts';

export type ArchiveCheck = { kind: 'tar'; tar: Uint8Array } | { kind: 'unsupported'; format: string } | null;

const BLOCK = 512;

/** Go archive/tar: the first header block is non-zero and its checksum (unsigned or signed sum) matches. */
function firstHeaderValid(tar: Uint8Array): boolean {
  if (tar.length < BLOCK) return false;
  let zero = true;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : tar[i];
    if (tar[i] !== 0) zero = false;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (zero) return false;
  const field = new TextDecoder('latin1').decode(tar.subarray(148, 156)).replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  if (!/^[0-7]+$/.test(field)) return false;
  const sum = parseInt(field, 8);
  return sum === unsigned || sum === signed;
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** Whether ADD unpacks this file, and the tar to unpack (moby/go-archive compression.DetectCompression). */
export function archiveOf(data: Uint8Array): ArchiveCheck {
  let tar = data;
  if (startsWith(data, [0x42, 0x5a, 0x68])) return { kind: 'unsupported', format: 'bzip2' };
  if (startsWith(data, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return { kind: 'unsupported', format: 'xz' };
  if (startsWith(data, [0x28, 0xb5, 0x2f, 0xfd])) return { kind: 'unsupported', format: 'zstd' };
  if (isGzip(data)) {
    try {
      tar = gunzip(data);
    } catch (e) {
      if (e instanceof GzipError) return null;
      throw e;
    }
  }
  return firstHeaderValid(tar) ? { kind: 'tar', tar } : null;
}

/** Which selected files are archives (a regular file selected by itself, not inside a directory). */
function archivesIn(sel: Selection[]): Map<Selection[number], ArchiveCheck> {
  const out = new Map<Selection[number], ArchiveCheck>();
  for (const group of sel) {
    for (const s of group) {
      if (s.top?.kind !== 'file' || !s.top.data) continue;
      const a = archiveOf(s.top.data);
      if (a) out.set(s, a);
    }
  }
  return out;
}

/**
 * The ADD layer: archives unpacked into `dest`, the other sources copied (copy.ts). Returns the
 * layer tar, or the step's error text.
 */
export function addInLayer(d: Daemon, top: Layer | null, sel: Selection[], dest: string, destIsDir: boolean, chown: string, chmod: number | null): { tar: Uint8Array } | { error: string } {
  const archives = archivesIn(sel);
  if (archives.size === 0) return copyInLayer(d, top, sel, dest, destIsDir, chown, chmod);
  for (const a of archives.values()) {
    if (a?.kind === 'unsupported') return { error: `ADD of a ${a.format}-compressed archive is not supported by this simulator (gzip and plain tar are)` };
  }
  // The plain sources first, through COPY's code: their layer tar is replayed onto this step's
  // layer, then the archives are unpacked over it.
  const plain = sel.map((g) => g.filter((s) => !archives.has(s))).filter((g) => g.length > 0);
  let copied: Uint8Array | null = null;
  if (plain.length > 0) {
    const r = copyInLayer(d, top, plain, dest, destIsDir, chown, chmod);
    if ('error' in r) return r;
    copied = r.tar;
  }
  const rw = d.layers.createRWLayer(`buildkit-add-${d.generateID()}`, top, null);
  try {
    const view = new Vfs(rw.mount()).view(ROOT, '/', 0);
    if (copied) untar(archiveEntries(copied), '/', view);
    const owner = chown ? resolveChown(view, chown) : null;
    if (owner && 'error' in owner) return owner;
    const base = dest === '/' ? '/' : dest.replace(/\/+$/, '');
    mkdirAll(view, base, owner ?? { uid: 0, gid: 0 });
    for (const a of archives.values()) {
      if (a?.kind !== 'tar') continue;
      untar(archiveEntries(a.tar), base, view, owner ? { chown: owner } : {});
    }
    return { tar: rw.tarStream() };
  } catch (e) {
    if (isFsError(e) || e instanceof CopyError) return { error: e.message };
    if (e instanceof TarFormatError) return { error: 'archive/tar: invalid tar header' };
    throw e;
  } finally {
    d.layers.releaseRWLayer(rw);
  }
}

/** fsutil copy.MkdirAll: the missing components, 0755, owned as --chown says. */
function mkdirAll(view: ReturnType<Vfs['view']>, path: string, owner: { uid: number; gid: number }): void {
  let cur = '';
  for (const part of path.split('/').filter(Boolean)) {
    cur += `/${part}`;
    if (view.exists(cur)) continue;
    view.mkdir(cur, 0o755);
    view.chown(cur, owner.uid, owner.gid);
  }
}
