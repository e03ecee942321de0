/**
 * The file-system contract shared by the host, containers and the shell.
 *
 * Two levels, as in a Linux kernel:
 * - `Backend` is a file system of its own (the in-memory tree now; overlay2 layers and volumes later).
 *   It takes absolute paths *inside itself* whose parent components are already resolved: no
 *   symlink, mount or permission logic lives there.
 * - `Vfs` (vfs/vfs.ts) walks paths component by component over a mount table of backends, follows
 *   symlinks, checks permissions against credentials and maps device nodes. Processes see it through
 *   a `FileSystem` view bound to their cwd and credentials.
 */
import type { Errno } from './errors.ts';

export type FileKind = 'file' | 'dir' | 'symlink' | 'chardev' | 'fifo' | 'socket';

export interface Stat {
  kind: FileKind;
  /** Permission bits including setuid/setgid/sticky (0o7777). The type is in `kind`. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Milliseconds since the Unix epoch, from the virtual clock. */
  mtime: number;
  atime: number;
  ctime: number;
  ino: number;
  nlink: number;
  /** Device number for character devices: major * 256 + minor. 0/0 is an overlay whiteout. */
  rdev: number;
  /** Identifies the backend (mount) the node lives on; `st_dev`. */
  dev: number;
}

/** Who is asking. Permission checks use these, root (uid 0) bypasses them as on Linux. */
export interface Cred {
  uid: number;
  gid: number;
  /** Supplementary groups, including the primary one. */
  groups: readonly number[];
}

export const ROOT: Cred = Object.freeze({ uid: 0, gid: 0, groups: Object.freeze([0]) });

/**
 * File content. Real bytes, or synthetic content of a known size (a base image's 150 kB binary, a
 * package's files) that is materialized only when read, so thousands of files cost little memory.
 */
export type Content = Uint8Array | SyntheticContent;

export interface SyntheticContent {
  readonly synthetic: true;
  readonly size: number;
  /** Leading bytes (an ELF header naming the applet, a text stub); the rest reads as zero bytes. */
  readonly head: Uint8Array;
}

export interface CreateAttrs {
  mode: number;
  uid: number;
  gid: number;
  rdev?: number;
}

/** A file system of its own. Paths are absolute within it, normalized, parents already resolved. */
export interface Backend {
  readonly dev: number;
  readonly readOnly: boolean;
  lstat(path: string): Stat | null;
  readdir(path: string): string[];
  read(path: string): Content;
  /** Write at `offset` (or append when offset is 'end'); truncate first when asked. */
  write(path: string, data: Uint8Array, offset: number | 'end', truncate: boolean): void;
  truncate(path: string, size: number): void;
  create(path: string, kind: FileKind, attrs: CreateAttrs, target?: string): void;
  link(existing: string, path: string): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  readlink(path: string): string;
  setattr(path: string, attrs: Partial<Pick<Stat, 'mode' | 'uid' | 'gid' | 'mtime' | 'atime'>>): void;
  /** Extended attributes, where the backend keeps them (MemFs, the overlay): a copy, or null. */
  getxattr?(path: string, name: string): Uint8Array | null;
  listxattr?(path: string): string[];
}

export type AccessMode = 'r' | 'w' | 'x';

export interface OpenWriteOptions {
  append?: boolean;
  /** O_EXCL: fail with EEXIST if the file exists. */
  exclusive?: boolean;
  /** Mode for a newly created file, before umask. Default 0o666. */
  mode?: number;
  /** O_TRUNC; default true unless append. */
  truncate?: boolean;
}

/**
 * What a process sees: paths relative to its cwd, checked against its credentials. Every method
 * throws `FsError` on failure and never anything else.
 */
export interface FileSystem {
  readonly cred: Cred;
  readonly cwd: string;
  /** Absolute, lexically normalized path (no symlink resolution). */
  resolve(path: string): string;
  stat(path: string): Stat;
  lstat(path: string): Stat;
  exists(path: string): boolean;
  /** Entry names, sorted bytewise; without `.` and `..`. */
  readdir(path: string): string[];
  readFile(path: string): Uint8Array;
  readText(path: string): string;
  /** Create or overwrite (or append to) a regular file with umask applied. */
  writeFile(path: string, data: Uint8Array | string, opts?: OpenWriteOptions): void;
  /**
   * Open a file for reading in chunks. Regular files come whole in one chunk; endless devices
   * (/dev/zero, /dev/urandom) give chunk after chunk; `read` returns null at end of file.
   */
  openRead(path: string): ReadHandle;
  /** Open a file for writing; the handle keeps its offset like an open file description. */
  openWrite(path: string, opts?: OpenWriteOptions): WriteHandle;
  mkdir(path: string, mode?: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  link(existing: string, path: string): void;
  readlink(path: string): string;
  realpath(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number, follow?: boolean): void;
  /** Set times; `follow: false` sets a symlink's own times (lutimes, `touch -h`). */
  utimes(path: string, atime: number, mtime: number, follow?: boolean): void;
  truncate(path: string, size: number): void;
  mknod(path: string, kind: 'chardev' | 'fifo', mode: number, rdev: number): void;
  access(path: string, mode: AccessMode): boolean;
  /**
   * getxattr(2) (lgetxattr when `follow` is false): the value, or null when there is none by that
   * name (ENODATA) or the caller may not see it (trusted.* is for root only).
   */
  getxattr(path: string, name: string, follow?: boolean): Uint8Array | null;
  /** listxattr(2) / llistxattr: the names the caller may see (no trusted.* unless root). */
  listxattr(path: string, follow?: boolean): string[];
  /** A view of the same file system with another cwd and/or credentials. */
  with(opts: { cwd?: string; cred?: Cred; umask?: number }): FileSystem;
  readonly umask: number;
}

export interface ReadHandle {
  read(): Uint8Array | null;
}

export interface WriteHandle {
  write(data: Uint8Array): void;
  close(): void;
}

export type { Errno };
