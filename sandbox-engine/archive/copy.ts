/**
 * `docker cp` archives, as moby/go-archive v0.1.0 builds and applies them (copy.go: CopyInfo,
 * TarResourceRebase, PrepareArchiveCopy, RebaseArchiveEntries, CopyTo; archive.go: TarWithOptions
 * with IncludeFiles/RebaseNames, Unpack/createTarFile). Both sides use it: the CLI archives a
 * host path and unpacks what a container sent; the daemon archives a container path and unpacks
 * what the CLI sent. An archive travels as a list of entries (header + body); `archiveBytes` makes
 * the real tar when one is needed (`docker cp c:/x -`, the size in `Successfully copied 2.05kB`).
 *
 *   const src = fsSource(ctx.fs);
 *   const info = copyInfoSourcePath(src, '/home/student/dir', false);
 *   const entries = tarResource(src, info);           // dir/, dir/a, ...
 *   const { dstDir, entries: e2 } = prepareArchiveCopy(entries, info, { path: '/tmp/new', exists: false, isDir: false });
 *   untar(e2, dstDir, containerFs, { noOverwriteDirNonDir: true });
 *
 * Errors: CopyError with go-archive's texts (`cannot copy directory`, `no such directory`,
 * `not a directory`, `cannot overwrite directory "/x" with non-directory "/"`), or FsError from
 * the file system (the caller words it as Go's `lstat /x: no such file or directory`).
 */
import type { Content, FileSystem, Stat } from '../vfs/types.ts';
import { FsError, isFsError, strerror } from '../vfs/errors.ts';
import { TarWriter, readTar, type TarHeader } from './tar.ts';
import { devMajor, devMinor } from './tree.ts';

export interface ArchiveEntry {
  header: TarHeader;
  body?: Content;
}

/** What archiving reads: a file tree with lstat returning null for a missing path. */
export interface TreeSource {
  lstat(path: string): Stat | null;
  readdir(path: string): string[];
  read(path: string): Content;
  readlink(path: string): string;
}

export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

/** Go's `<op> <path>: <errno text>` for an FsError (syscall errors print in lower case). */
export function goPathError(op: string, path: string, e: FsError): string {
  const t = strerror(e.code);
  return `${op} ${path}: ${t.charAt(0).toLowerCase()}${t.slice(1)}`;
}

/** A FileSystem view as a TreeSource (the caller's permissions apply). */
export function fsSource(fs: FileSystem): TreeSource {
  return {
    lstat(path) {
      try {
        return fs.lstat(path);
      } catch (e) {
        if (isFsError(e, 'ENOENT') || isFsError(e, 'ENOTDIR')) return null;
        throw e;
      }
    },
    readdir: (p) => fs.readdir(p),
    read: (p) => fs.readFile(p),
    readlink: (p) => fs.readlink(p),
  };
}

// ---- paths (Go's path/filepath on Linux) ----

export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (abs ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

export function joinPath(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}

export function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return cleanPath(i < 0 ? '.' : p.slice(0, i + 1));
}

export function baseName(p: string): string {
  if (p === '') return '.';
  const s = p.replace(/\/+$/, '');
  if (s === '') return '/';
  return s.slice(s.lastIndexOf('/') + 1);
}

/** filepath.Rel for two clean absolute paths. */
function relPath(base: string, target: string): string {
  const b = cleanPath(base);
  const t = cleanPath(target);
  if (b === t) return '.';
  const prefix = b === '/' ? '/' : `${b}/`;
  if (t.startsWith(prefix)) return t.slice(prefix.length);
  const bs = b.split('/').filter((x) => x);
  const ts = t.split('/').filter((x) => x);
  let i = 0;
  while (i < bs.length && i < ts.length && bs[i] === ts[i]) i++;
  return [...bs.slice(i).map(() => '..'), ...ts.slice(i)].join('/') || '.';
}

export function hasTrailingPathSeparator(p: string): boolean {
  return p.length > 0 && p.endsWith('/');
}

export function specifiesCurrentDir(p: string): boolean {
  return baseName(p) === '.';
}

/** The path ends in `/` or `/.`: the user means a directory. */
export function assertsDirectory(p: string): boolean {
  return hasTrailingPathSeparator(p) || specifiesCurrentDir(p);
}

export function preserveTrailingDotOrSeparator(cleaned: string, original: string): string {
  let out = cleaned;
  if (!specifiesCurrentDir(out) && specifiesCurrentDir(original)) {
    if (!hasTrailingPathSeparator(out)) out += '/';
    out += '.';
  }
  if (!hasTrailingPathSeparator(out) && hasTrailingPathSeparator(original)) out += '/';
  return out;
}

export function splitPathDirEntry(p: string): [string, string] {
  let cleaned = cleanPath(p);
  if (specifiesCurrentDir(p)) cleaned += '/.';
  return [dirName(cleaned), baseName(cleaned)];
}

/** Go's strings.Replace(s, old, new, 1). */
function replaceFirst(s: string, old: string, repl: string): string {
  const i = s.indexOf(old);
  return i < 0 ? s : s.slice(0, i) + repl + s.slice(i + old.length);
}

// ---- archiving ----

export interface TarOptions {
  includeFiles?: string[];
  includeSourceDir?: boolean;
  rebaseNames?: Record<string, string>;
}

function header(src: TreeSource, path: string, name: string, st: Stat): TarHeader {
  const h: TarHeader = {
    name: st.kind === 'dir' && !name.endsWith('/') ? `${name}/` : name,
    type: 'file',
    mode: st.mode & 0o7777,
    uid: st.uid,
    gid: st.gid,
    size: 0,
    mtime: Math.floor(st.mtime / 1000),
    linkname: '',
    uname: '',
    gname: '',
    devmajor: 0,
    devminor: 0,
  };
  if (st.kind === 'file') h.size = st.size;
  else if (st.kind === 'dir') h.type = 'dir';
  else if (st.kind === 'symlink') {
    h.type = 'symlink';
    h.linkname = src.readlink(path);
  } else if (st.kind === 'chardev') {
    h.type = 'chardev';
    h.devmajor = devMajor(st.rdev);
    h.devminor = devMinor(st.rdev);
  } else if (st.kind === 'fifo') h.type = 'fifo';
  return h;
}

/** TarWithOptions(srcPath, opts): entries in filepath.WalkDir order. Missing sources give none. */
export function tarWithOptions(src: TreeSource, srcPathIn: string, opts: TarOptions = {}): ArchiveEntry[] {
  let srcPath = srcPathIn;
  let includes = opts.includeFiles ?? [];
  const st = src.lstat(srcPath);
  if (!st) return [];
  if (st.kind !== 'dir') {
    const [dir, base] = splitPathDirEntry(srcPath);
    srcPath = dir;
    includes = [base];
  }
  if (includes.length === 0) includes = ['.'];
  const out: ArchiveEntry[] = [];
  const seen = new Set<string>();
  const inodes = new Map<string, string>();
  for (const include of includes) {
    const rebase = opts.rebaseNames?.[include] ?? '';
    const visit = (filePath: string, fst: Stat): void => {
      let rel = relPath(srcPath, filePath);
      if (!(!opts.includeSourceDir && rel === '.' && fst.kind === 'dir')) {
        if (opts.includeSourceDir && include === '.' && rel !== '.') rel = `./${rel}`;
        if (!seen.has(rel)) {
          seen.add(rel);
          if (rebase !== '') rel = replaceFirst(rel, include, rebase === '/' ? '' : rebase);
          if (fst.kind !== 'socket') {
            const h = header(src, filePath, rel, fst);
            let body: Content | undefined;
            const key = `${fst.dev}:${fst.ino}`;
            const first = fst.kind !== 'dir' && fst.nlink > 1 ? inodes.get(key) : undefined;
            if (first !== undefined) {
              h.type = 'hardlink';
              h.linkname = first;
              h.size = 0;
            } else {
              if (fst.kind !== 'dir' && fst.nlink > 1) inodes.set(key, h.name);
              if (h.type === 'file' && h.size > 0) body = src.read(filePath);
            }
            out.push({ header: h, body });
          }
        }
      }
      if (fst.kind === 'dir') {
        for (const name of src.readdir(filePath)) {
          const child = joinPath(filePath, name);
          const cst = src.lstat(child);
          if (cst) visit(child, cst);
        }
      }
    };
    const walkRoot = `${srcPath.replace(/\/$/, '')}/${include}`;
    const rst = src.lstat(walkRoot);
    if (rst) visit(walkRoot, rst);
  }
  return out;
}

export interface CopyInfo {
  path: string;
  exists: boolean;
  isDir: boolean;
  rebaseName?: string;
}

/** ResolveHostSourcePath + CopyInfoSourcePath. */
export function copyInfoSourcePath(fs: FileSystem, path: string, followLink: boolean): CopyInfo {
  let resolved: string;
  let rebaseName = '';
  if (followLink) {
    try {
      resolved = fs.realpath(path);
    } catch (e) {
      if (isFsError(e)) throw new CopyError(goPathError('lstat', e.path, e));
      throw e;
    }
    const [, srcBase] = splitPathDirEntry(path);
    const [, resolvedBase] = splitPathDirEntry(resolved);
    if (srcBase !== resolvedBase) rebaseName = srcBase;
  } else {
    const i = path.lastIndexOf('/');
    const dirPath = path.slice(0, i + 1);
    const basePath = path.slice(i + 1);
    let resolvedDir: string;
    try {
      resolvedDir = fs.realpath(dirPath === '' ? '.' : dirPath);
    } catch (e) {
      if (isFsError(e)) throw new CopyError(goPathError('lstat', cleanPath(dirPath), e));
      throw e;
    }
    resolved = `${resolvedDir}/${basePath}`;
    if (hasTrailingPathSeparator(path) && baseName(path) !== baseName(resolved)) rebaseName = baseName(path);
  }
  let st: Stat;
  try {
    st = fs.lstat(resolved);
  } catch (e) {
    if (isFsError(e)) throw new CopyError(goPathError('lstat', resolved, e));
    throw e;
  }
  return { path: resolved, exists: true, isDir: st.kind === 'dir', rebaseName };
}

/** TarResourceRebase: the source's base name archived from its parent directory. */
export function tarResource(src: TreeSource, info: CopyInfo): ArchiveEntry[] {
  const [dir, base] = splitPathDirEntry(info.path);
  return tarWithOptions(src, dir, { includeFiles: [base], includeSourceDir: true, rebaseNames: { [base]: info.rebaseName ?? '' } });
}

export function rebaseArchiveEntries(entries: readonly ArchiveEntry[], oldBaseIn: string, newBase: string): ArchiveEntry[] {
  const oldBase = oldBaseIn === '/' ? '' : oldBaseIn;
  return entries.map((e) => {
    const h = { ...e.header, name: replaceFirst(e.header.name, oldBase, newBase) };
    if (h.type === 'hardlink') h.linkname = replaceFirst(h.linkname, oldBase, newBase);
    return { header: h, body: e.body };
  });
}

/** PrepareArchiveCopy: where to extract, and the entries renamed for that. */
export function prepareArchiveCopy(entries: readonly ArchiveEntry[], src: CopyInfo, dst: CopyInfo): { dstDir: string; entries: ArchiveEntry[] } {
  const [dstDir, dstBase] = splitPathDirEntry(dst.path);
  let [, srcBase] = splitPathDirEntry(src.path);
  if (dst.exists && dst.isDir) return { dstDir: dst.path, entries: [...entries] };
  if (dst.exists && src.isDir) throw new CopyError('cannot copy directory');
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) throw new CopyError('no such directory');
  if (src.rebaseName) srcBase = src.rebaseName;
  return { dstDir, entries: rebaseArchiveEntries(entries, srcBase, dstBase) };
}

/** CopyInfoDestinationPath: the local destination, following symlinks; its parent must exist. */
export function copyInfoDestinationPath(fs: FileSystem, pathIn: string): CopyInfo {
  let path = pathIn;
  const lst = (p: string): Stat | null => {
    try {
      return fs.lstat(p);
    } catch (e) {
      if (isFsError(e, 'ENOENT')) return null;
      if (isFsError(e)) throw new CopyError(goPathError('lstat', p, e));
      throw e;
    }
  };
  let st = lst(path);
  for (let n = 0; st && st.kind === 'symlink'; n++) {
    if (n > 10) throw new CopyError(`too many symlinks in ${pathIn}`);
    let target = fs.readlink(path);
    if (!target.startsWith('/')) target = joinPath(splitPathDirEntry(path)[0], target);
    path = target;
    st = lst(path);
  }
  if (st) return { path, exists: true, isDir: st.kind === 'dir' };
  const [parent] = splitPathDirEntry(path);
  let pst: Stat;
  try {
    pst = fs.stat(parent);
  } catch (e) {
    if (isFsError(e)) throw new CopyError(goPathError('stat', parent, e));
    throw e;
  }
  if (pst.kind !== 'dir') throw new CopyError('not a directory');
  return { path, exists: false, isDir: false };
}

// ---- unpacking ----

export interface UntarOptions {
  /** Leave ownership as the writer's (the CLI unpacking on the host). */
  noLchown?: boolean;
  noOverwriteDirNonDir?: boolean;
  /** Own every entry by this uid/gid instead of the header's (docker cp -a with a container user). */
  chown?: { uid: number; gid: number };
}

function materialize(c: Content | undefined): Uint8Array {
  if (!c) return new Uint8Array(0);
  if (c instanceof Uint8Array) return c;
  const out = new Uint8Array(c.size);
  out.set(c.head.subarray(0, Math.min(c.head.length, c.size)));
  return out;
}

function removeAll(fs: FileSystem, path: string): void {
  const st = fs.lstat(path);
  if (st.kind === 'dir') {
    for (const name of fs.readdir(path)) removeAll(fs, joinPath(path, name));
    fs.rmdir(path);
  } else fs.unlink(path);
}

function mkdirAll(fs: FileSystem, path: string, mode: number, owner: { uid: number; gid: number } | null): void {
  const parts = cleanPath(path).split('/').filter((x) => x);
  let cur = '';
  for (const part of parts) {
    cur += `/${part}`;
    let st: Stat | null = null;
    try {
      st = fs.stat(cur);
    } catch (e) {
      if (!isFsError(e, 'ENOENT')) throw e;
    }
    if (st) {
      if (st.kind !== 'dir') throw new FsError('ENOTDIR', 'mkdir', cur);
      continue;
    }
    fs.mkdir(cur, mode);
    if (owner) fs.chown(cur, owner.uid, owner.gid, false);
  }
}

/** Unpack into `dest` (an existing directory) on `fs`; FsError or CopyError on failure. */
export function untar(entries: readonly ArchiveEntry[], destIn: string, fs: FileSystem, opts: UntarOptions = {}): void {
  const dest = cleanPath(destIn);
  const dirs: TarHeader[] = [];
  const exists = (p: string): Stat | null => {
    try {
      return fs.lstat(p);
    } catch (e) {
      if (isFsError(e, 'ENOENT')) return null;
      throw e;
    }
  };
  for (const { header: h0, body } of entries) {
    const name = cleanPath(h0.name);
    const hdr = { ...h0, name };
    const parentPath = joinPath(dest, dirName(name));
    if (!exists(parentPath)) mkdirAll(fs, parentPath, 0o755, opts.noLchown ? null : { uid: 0, gid: 0 });
    const path = joinPath(dest, name);
    if (relPath(dest, path).startsWith('../')) throw new CopyError(`${JSON.stringify(name)} is outside of ${JSON.stringify(dest)}`);
    const fi = exists(path);
    if (fi) {
      const isDir = fi.kind === 'dir';
      if (opts.noOverwriteDirNonDir && isDir && hdr.type !== 'dir') {
        throw new CopyError(`cannot overwrite directory ${JSON.stringify(path)} with non-directory ${JSON.stringify(dest)}`);
      }
      if (opts.noOverwriteDirNonDir && !isDir && hdr.type === 'dir') {
        throw new CopyError(`cannot overwrite non-directory ${JSON.stringify(path)} with directory ${JSON.stringify(dest)}`);
      }
      if (isDir && name === '.') continue;
      if (!isDir || hdr.type !== 'dir') removeAll(fs, path);
    }
    createTarFile(fs, path, dest, hdr, body, opts);
    if (hdr.type === 'dir') dirs.push(hdr);
  }
  for (const h of dirs) {
    const path = joinPath(dest, h.name);
    fs.utimes(path, h.mtime * 1000, h.mtime * 1000);
  }
}

function createTarFile(fs: FileSystem, path: string, dest: string, hdr: TarHeader, body: Content | undefined, opts: UntarOptions): void {
  switch (hdr.type) {
    case 'dir': {
      const st = (() => {
        try {
          return fs.lstat(path);
        } catch {
          return null;
        }
      })();
      if (!st || st.kind !== 'dir') fs.mkdir(path, hdr.mode & 0o777);
      break;
    }
    case 'file':
      fs.writeFile(path, materialize(body), { mode: hdr.mode & 0o777 });
      break;
    case 'chardev':
    case 'blockdev':
      fs.mknod(path, 'chardev', hdr.mode & 0o7777, hdr.devmajor * 256 + hdr.devminor);
      break;
    case 'fifo':
      fs.mknod(path, 'fifo', hdr.mode & 0o7777, 0);
      break;
    case 'hardlink': {
      const target = joinPath(dest, hdr.linkname);
      if (!target.startsWith(dest)) throw new CopyError(`invalid hardlink ${JSON.stringify(target)} -> ${JSON.stringify(hdr.linkname)}`);
      fs.link(target, path);
      break;
    }
    case 'symlink': {
      const target = joinPath(dirName(path), hdr.linkname);
      if (!target.startsWith(dest)) throw new CopyError(`invalid symlink ${JSON.stringify(path)} -> ${JSON.stringify(hdr.linkname)}`);
      fs.symlink(hdr.linkname, path);
      break;
    }
  }
  if (!opts.noLchown) {
    const owner = opts.chown ?? { uid: hdr.uid, gid: hdr.gid };
    fs.chown(path, owner.uid, owner.gid, false);
  }
  if (hdr.type !== 'symlink' && hdr.type !== 'hardlink') fs.chmod(path, hdr.mode & 0o7777);
  const t = hdr.mtime * 1000;
  if (hdr.type === 'symlink') fs.utimes(path, t, t, false);
  else if (hdr.type !== 'hardlink') fs.utimes(path, t, t);
}

/** The archive as tar bytes. */
export function archiveBytes(entries: readonly ArchiveEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const w = new TarWriter((c) => chunks.push(c.slice()));
  for (const e of entries) w.add(e.header, e.body);
  w.close();
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Length of the tar the entries make, without building it. */
export function archiveLength(entries: readonly ArchiveEntry[]): number {
  const w = new TarWriter(() => {});
  for (const e of entries) w.add(e.header, e.body);
  w.close();
  return w.length;
}

/** Entries of a tar stream (what `docker cp - c:/dir` reads from stdin). */
export function archiveEntries(bytes: Uint8Array): ArchiveEntry[] {
  return readTar(bytes).map((e) => ({ header: e.header, body: e.data }));
}
