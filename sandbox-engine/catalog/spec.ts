/**
 * The compact description a catalog image gives of each layer's file tree, and the helpers that
 * write it. A layer is a list of entries in any order (parents are created as needed, 0755 root);
 * the builder (tree.ts) turns it into a MemFs layer directory, the form LayerStore.register takes.
 *
 *   const layer: LayerSpec = {
 *     mtime: Date.UTC(2024, 8, 6, 12, 5, 36),
 *     entries: [dir('/etc'), text('/etc/hostname', 'localhost\n'), exe('/bin/busybox', 808712, 'busybox'),
 *               symlink('/bin/sh', '/bin/busybox')],
 *   };
 *
 * File contents are either real text (small files people `cat`) or synthetic: a known size whose
 * first bytes are given (an ELF stub naming the program that runs it) and whose rest reads as zeros.
 */
import { elfStub } from '../host/binaries.ts';
import { utf8 } from '../util/text.ts';

interface EntryBase {
  path: string;
  /** Permission bits (0o7777). Defaults: dirs 0755, files 0644, executables 0755. */
  mode?: number;
  uid?: number;
  gid?: number;
  /** Milliseconds since the epoch; defaults to the layer's mtime. */
  mtime?: number;
}

export interface DirEntry extends EntryBase {
  kind: 'dir';
}

export interface FileEntry extends EntryBase {
  kind: 'file';
  /** Real content. */
  text?: string | Uint8Array;
  /** Synthetic content of this size (ignored when `text` is set). */
  size?: number;
  /** Leading bytes of synthetic content. */
  head?: Uint8Array;
}

export interface SymlinkEntry extends EntryBase {
  kind: 'symlink';
  target: string;
}

/** A second name for an earlier regular file (tar typeflag 1 in the layer). */
export interface HardlinkEntry extends EntryBase {
  kind: 'hardlink';
  target: string;
}

export type Entry = DirEntry | FileEntry | SymlinkEntry | HardlinkEntry;

export interface LayerSpec {
  /** Default mtime of every entry (ms). */
  mtime: number;
  entries: Entry[];
  /**
   * Make the layer's size (moby directory.Size: every non-directory's st_size once per inode,
   * symlinks counting their target length) come out at `total` by sizing this synthetic file to
   * whatever the other entries leave. The catalog uses it on the file whose real size is least
   * known, so the image matches the size `docker images` shows for the real one. Given several
   * paths, their stated sizes are scaled by one common factor instead (a lean file list whose
   * members stand for the many files left out).
   */
  balance?: { path: string | readonly string[]; total: number };
}

/** Generic ELF header bytes for shared libraries and programs nobody runs by name. */
export const ELF_HEAD = utf8('\x7fELF\x02\x01\x01\x00');

export function dir(path: string, mode = 0o755, owner: { uid?: number; gid?: number; mtime?: number } = {}): DirEntry {
  return { kind: 'dir', path, mode, ...owner };
}

export function text(path: string, content: string, mode = 0o644, owner: { uid?: number; gid?: number; mtime?: number } = {}): FileEntry {
  return { kind: 'file', path, text: content, mode, ...owner };
}

/** An executable whose stub names the applet (or the not-yet-written program) that runs it. */
export function exe(path: string, size: number, program: string, mode = 0o755, owner: { uid?: number; gid?: number; mtime?: number } = {}): FileEntry {
  return { kind: 'file', path, size, head: elfStub(program), mode, ...owner };
}

/** A shared object or other binary file nobody executes by name. */
export function lib(path: string, size: number, mode = 0o755): FileEntry {
  return { kind: 'file', path, size, head: ELF_HEAD, mode };
}

/** A data file of known size whose bytes we do not carry (reads as `head` then zeros). */
export function blob(path: string, size: number, mode = 0o644, head: string | Uint8Array = ''): FileEntry {
  return { kind: 'file', path, size, head: typeof head === 'string' ? utf8(head) : head, mode };
}

export function symlink(path: string, target: string, owner: { mtime?: number } = {}): SymlinkEntry {
  return { kind: 'symlink', path, target, ...owner };
}

export function hardlink(path: string, target: string): HardlinkEntry {
  return { kind: 'hardlink', path, target };
}

/** Date.UTC from an RFC 3339 UTC string (`2024-09-06T12:05:36Z`). */
export function utc(s: string): number {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`bad date ${s}`);
  return t;
}
