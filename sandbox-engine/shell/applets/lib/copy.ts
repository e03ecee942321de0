/**
 * The copy engines behind cp (and mv across file systems), one per flavour, because their
 * semantics differ where students notice:
 *
 * GNU (coreutils copy.c): an existing destination file is opened and truncated (it keeps its inode
 * and mode; a symlink destination is written through); `cp -r` copies symlinks as symlinks; a
 * directory cannot be copied into itself; pre-order `-v` lines ('a' -> 'b').
 *
 * busybox (libbb/copy_file.c, as Alpine builds it with FEATURE_NON_POSIX_CP): an existing
 * destination is unlinked and created anew (so a symlink destination is replaced by a file);
 * recursion into a directory it created itself is reported and skipped; `-v` lines come out after
 * the copy (post-order); an unreadable source directory is skipped silently.
 */
import type { ProcessContext } from '../../process.ts';
import type { Stat } from '../../../vfs/types.ts';
import { attempt, errText, joinPath, qa, warn } from './fs-common.ts';
import { askYes } from './ask.ts';
import { pace } from './pace.ts';

export interface CopyOptions {
  recursive: boolean;
  /** Follow symlinks in the source (cp -L; plain cp without -r/-d/-P). */
  deref: boolean;
  /** Follow symlinks named on the command line only (cp -H; GNU cp without -r). */
  derefCommandLine: boolean;
  preserve: boolean;
  noClobber: boolean;
  interactive: boolean;
  force: boolean;
  update: boolean;
  verbose: boolean;
  /** cp -l / cp -s */
  link: 'hard' | 'soft' | null;
  /** Program name for messages ('cp' or 'mv'). */
  prog: string;
}

function same(a: Stat, b: Stat): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

async function readSource(ctx: ProcessContext, path: string): Promise<{ ok: true; data: Uint8Array } | { ok: false; code: string }> {
  const r = attempt(() => ctx.fs.readFile(path));
  return r.ok ? { ok: true, data: r.value } : { ok: false, code: errText(r.error) };
}

function setTimesAndMode(ctx: ProcessContext, path: string, st: Stat, preserve: boolean): void {
  if (!preserve) return;
  attempt(() => ctx.fs.utimes(path, st.atime, st.mtime));
  // Ownership only sticks for root (or when it is already the caller's); failures are quiet.
  if (ctx.fs.cred.uid === 0) attempt(() => ctx.fs.chown(path, st.uid, st.gid));
  attempt(() => ctx.fs.chmod(path, st.mode & 0o7777));
}

/* ------------------------------------------------------------------ GNU */

export class GnuCopier {
  private readonly ctx: ProcessContext;
  private readonly o: CopyOptions;

  constructor(ctx: ProcessContext, o: CopyOptions) {
    this.ctx = ctx;
    this.o = o;
  }

  private async err(text: string): Promise<false> {
    await warn(this.ctx, this.o.prog, text);
    return false;
  }

  /** Copy `src` to `dst` (the final name). Returns false on any failure. */
  async copy(src: string, dst: string, commandLine: boolean): Promise<boolean> {
    const ctx = this.ctx;
    const o = this.o;
    ctx.tick();
    const follow = o.deref || (commandLine && o.derefCommandLine);
    const s = attempt(() => (follow ? ctx.fs.stat(src) : ctx.fs.lstat(src)));
    if (!s.ok) return this.err(`cannot stat ${qa(ctx, src)}: ${errText(s.error)}`);
    const sst = s.value;
    const d = attempt(() => ctx.fs.stat(dst));
    const dl = attempt(() => ctx.fs.lstat(dst));
    if (!d.ok && d.error.code !== 'ENOENT' && !dl.ok) return this.err(`cannot stat ${qa(ctx, dst)}: ${errText(d.error)}`);
    const dstSt = d.ok ? d.value : null;
    if ((dstSt && same(sst, dstSt)) || (dl.ok && same(sst, dl.value))) {
      return this.err(`${qa(ctx, src)} and ${qa(ctx, dst)} are the same file`);
    }
    if (sst.kind === 'dir') return this.copyDir(src, dst, sst, dstSt);
    if (dstSt?.kind === 'dir') return this.err(`cannot overwrite directory ${qa(ctx, dst)} with non-directory`);
    const dstExists = dl.ok;
    if (dstExists) {
      if (o.noClobber) return true;
      if (o.update && dstSt && sst.mtime <= dstSt.mtime) return true;
      if (o.interactive && !(await askYes(ctx, `${o.prog}: overwrite ${qa(ctx, dst)}? `))) return true;
    }
    if (o.link) return this.makeLink(src, dst, dstExists);
    if (sst.kind === 'symlink') {
      const target = attempt(() => ctx.fs.readlink(src));
      if (!target.ok) return this.err(`cannot read symbolic link ${qa(ctx, src)}: ${errText(target.error)}`);
      if (dstExists) attempt(() => ctx.fs.unlink(dst));
      const r = attempt(() => ctx.fs.symlink(target.value, dst));
      if (!r.ok) return this.err(`cannot create symbolic link ${qa(ctx, dst)}: ${errText(r.error)}`);
      await this.verbose(src, dst);
      return true;
    }
    if ((sst.kind === 'fifo' || sst.kind === 'chardev') && o.recursive) {
      if (dstExists) attempt(() => ctx.fs.unlink(dst));
      const r = attempt(() => ctx.fs.mknod(dst, sst.kind as 'fifo' | 'chardev', sst.mode & 0o7777, sst.rdev));
      if (!r.ok) return this.err(`cannot create special file ${qa(ctx, dst)}: ${errText(r.error)}`);
      setTimesAndMode(ctx, dst, sst, o.preserve);
      await this.verbose(src, dst);
      return true;
    }
    const data = await readSource(ctx, src);
    if (!data.ok) return this.err(`cannot open ${qa(ctx, src)} for reading: ${data.code}`);
    if (dstExists) {
      let w = attempt(() => ctx.fs.writeFile(dst, data.data));
      if (!w.ok && o.force) {
        attempt(() => ctx.fs.unlink(dst));
        w = attempt(() => ctx.fs.writeFile(dst, data.data, { mode: sst.mode & 0o777 }));
      }
      if (!w.ok) return this.err(`cannot open ${qa(ctx, dst)} for writing: ${errText(w.error)}`);
    } else {
      const w = attempt(() => ctx.fs.writeFile(dst, data.data, { mode: sst.mode & 0o777, exclusive: true }));
      if (!w.ok) {
        // open("x/", O_CREAT) fails with EISDIR; copy.c reports a name with a trailing slash as
        // ENOTDIR instead (`cp a missing/`).
        const why = w.error.code === 'EISDIR' && dst.endsWith('/') ? 'Not a directory' : errText(w.error);
        return this.err(`cannot create regular file ${qa(ctx, dst)}: ${why}`);
      }
    }
    setTimesAndMode(ctx, dst, sst, o.preserve);
    await this.verbose(src, dst);
    return true;
  }

  private async makeLink(src: string, dst: string, dstExists: boolean): Promise<boolean> {
    const ctx = this.ctx;
    if (dstExists && (this.o.force || this.o.interactive)) attempt(() => ctx.fs.unlink(dst));
    if (this.o.link === 'soft') {
      const r = attempt(() => ctx.fs.symlink(src, dst));
      if (!r.ok) return this.err(`cannot create symbolic link ${qa(ctx, dst)} to ${qa(ctx, src)}: ${errText(r.error)}`);
    } else {
      const r = attempt(() => ctx.fs.link(src, dst));
      if (!r.ok) return this.err(`cannot create hard link ${qa(ctx, dst)} to ${qa(ctx, src)}: ${errText(r.error)}`);
    }
    await this.verbose(src, dst);
    return true;
  }

  private async copyDir(src: string, dst: string, sst: Stat, dstSt: Stat | null): Promise<boolean> {
    const ctx = this.ctx;
    const o = this.o;
    if (!o.recursive) return this.err(`-r not specified; omitting directory ${qa(ctx, src)}`);
    // Copying a directory into itself would never end.
    const realSrc = attempt(() => ctx.fs.realpath(src));
    const dstParent = ctx.fs.resolve(joinPath(dst, '..'));
    const realParent = attempt(() => ctx.fs.realpath(dstParent));
    if (realSrc.ok && realParent.ok && (realParent.value === realSrc.value || realParent.value.startsWith(realSrc.value === '/' ? '/' : realSrc.value + '/'))) {
      return this.err(`cannot copy a directory, ${qa(ctx, src)}, into itself, ${qa(ctx, dst)}`);
    }
    if (dstSt && dstSt.kind !== 'dir') return this.err(`cannot overwrite non-directory ${qa(ctx, dst)} with directory ${qa(ctx, src)}`);
    const created = !dstSt;
    if (created) {
      const r = attempt(() => ctx.fs.mkdir(dst, 0o700));
      if (!r.ok) return this.err(`cannot create directory ${qa(ctx, dst)}: ${errText(r.error)}`);
    }
    await this.verbose(src, dst);
    const names = attempt(() => ctx.fs.readdir(src));
    let ok = true;
    if (!names.ok) {
      await this.err(`cannot access ${qa(ctx, src)}: ${errText(names.error)}`);
      ok = false;
    } else {
      for (const n of names.value) {
        await pace(ctx);
        if (!(await this.copy(joinPath(src, n), joinPath(dst, n), false))) ok = false;
      }
    }
    if (created) attempt(() => ctx.fs.chmod(dst, o.preserve ? sst.mode & 0o7777 : sst.mode & 0o777 & ~ctx.fs.umask));
    if (o.preserve) setTimesAndMode(ctx, dst, sst, true);
    return ok;
  }

  private async verbose(src: string, dst: string): Promise<void> {
    if (this.o.verbose) await this.ctx.stdout.write(`${qa(this.ctx, src)} -> ${qa(this.ctx, dst)}\n`);
  }
}

/* -------------------------------------------------------------- busybox */

export class BusyboxCopier {
  private readonly ctx: ProcessContext;
  private readonly o: CopyOptions;
  /** Directories this run created (dev:ino), to detect copying a tree into itself. */
  private readonly createdDirs = new Set<string>();

  constructor(ctx: ProcessContext, o: CopyOptions) {
    this.ctx = ctx;
    this.o = o;
  }

  private async err(text: string): Promise<false> {
    await warn(this.ctx, this.o.prog, text);
    return false;
  }

  async copy(src: string, dst: string, commandLine: boolean): Promise<boolean> {
    const ctx = this.ctx;
    const o = this.o;
    ctx.tick();
    const follow = o.deref || (commandLine && o.derefCommandLine);
    const s = attempt(() => (follow ? ctx.fs.stat(src) : ctx.fs.lstat(src)));
    if (!s.ok) {
      if (o.link) return this.makeLink(src, dst);
      return this.err(`can't stat '${src}': ${errText(s.error)}`);
    }
    const sst = s.value;
    let dstExists = false;
    let dstSt: Stat | null = null;
    const d = attempt(() => ctx.fs.lstat(dst));
    if (!d.ok) {
      if (d.error.code !== 'ENOENT') return this.err(`can't stat '${dst}': ${errText(d.error)}`);
    } else {
      dstSt = d.value;
      if (same(sst, dstSt)) return this.err(`'${src}' and '${dst}' are the same file`);
      if (o.noClobber) return true;
      dstExists = true;
    }
    if (sst.kind === 'dir') {
      if (!o.recursive) return this.err(`omitting directory '${src}'`);
      if (this.createdDirs.has(`${sst.dev}:${sst.ino}`)) return this.err(`recursion detected, omitting directory '${src}'`);
      if (dstExists) {
        if (dstSt!.kind !== 'dir') return this.err(`target '${dst}' is not a directory`);
      } else {
        const mode = (o.preserve ? sst.mode : sst.mode & ~ctx.fs.umask) | 0o700;
        const r = attempt(() => ctx.fs.with({ umask: 0 }).mkdir(dst, mode & 0o7777));
        if (!r.ok) return this.err(`can't create directory '${dst}': ${errText(r.error)}`);
      }
      const made = attempt(() => ctx.fs.lstat(dst));
      if (made.ok) this.createdDirs.add(`${made.value.dev}:${made.value.ino}`);
      let ok = true;
      const names = attempt(() => ctx.fs.readdir(src));
      if (!names.ok) ok = false;
      else {
        for (const n of names.value) {
          await pace(ctx);
          if (!(await this.copy(joinPath(src, n), joinPath(dst, n), false))) ok = false;
        }
        if (!dstExists) attempt(() => ctx.fs.chmod(dst, sst.mode & 0o7777 & ~ctx.fs.umask));
      }
      setTimesAndMode(ctx, dst, sst, o.preserve);
      await this.verbose(src, dst);
      return ok;
    }
    if (dstExists && o.update && dstSt && sst.mtime <= dstSt.mtime) return true;
    if (o.link) return this.makeLink(src, dst);
    if (!o.recursive || sst.kind === 'file') {
      if (!(sst.kind === 'symlink' && !follow)) {
        const data = attempt(() => ctx.fs.readFile(src));
        if (!data.ok) return this.err(`can't open '${src}': ${errText(data.error)}`);
        const mode = sst.kind === 'file' ? sst.mode & 0o7777 : 0o666;
        let w = attempt(() => ctx.fs.writeFile(dst, data.value, { mode, exclusive: true }));
        if (!w.ok) {
          const again = await this.unlinkForRetry(dst, errText(w.error));
          if (again !== 'retry') return again === 'skip';
          w = attempt(() => ctx.fs.writeFile(dst, data.value, { mode, exclusive: true }));
          if (!w.ok) return this.err(`can't open '${dst}': ${errText(w.error)}`);
        }
        if (sst.kind !== 'file') return true;
        setTimesAndMode(ctx, dst, sst, o.preserve);
        await this.verbose(src, dst);
        return true;
      }
    }
    // A symlink (copied as such) or a special file.
    if (dstExists) {
      const again = await this.unlinkForRetry(dst, 'File exists');
      if (again !== 'retry') return again === 'skip';
    }
    if (sst.kind === 'symlink') {
      const target = attempt(() => ctx.fs.readlink(src));
      if (target.ok) {
        const r = attempt(() => ctx.fs.symlink(target.value, dst));
        if (!r.ok) return this.err(`can't create symlink '${dst}' to '${target.value}': ${errText(r.error)}`);
      }
      await this.verbose(src, dst);
      return true;
    }
    const r = attempt(() => ctx.fs.mknod(dst, sst.kind as 'fifo' | 'chardev', sst.mode & 0o7777, sst.rdev));
    if (!r.ok) return this.err(`can't create '${dst}': ${errText(r.error)}`);
    setTimesAndMode(ctx, dst, sst, o.preserve);
    await this.verbose(src, dst);
    return true;
  }

  /** ask_and_unlink: remove the destination so the creation can be retried. */
  private async unlinkForRetry(dst: string, text: string): Promise<'retry' | 'skip' | 'error'> {
    const ctx = this.ctx;
    if (this.o.interactive && !(await askYes(ctx, `${this.o.prog}: overwrite '${dst}'? `))) return 'skip';
    const u = attempt(() => ctx.fs.unlink(dst));
    if (!u.ok) {
      await this.err(`can't create '${dst}': ${text}`);
      return 'error';
    }
    return 'retry';
  }

  private async makeLink(src: string, dst: string): Promise<boolean> {
    const ctx = this.ctx;
    const make = (): ReturnType<typeof attempt<void>> =>
      attempt(() => (this.o.link === 'soft' ? ctx.fs.symlink(src, dst) : ctx.fs.link(src, dst)));
    let r = make();
    if (!r.ok) {
      const again = await this.unlinkForRetry(dst, errText(r.error));
      if (again !== 'retry') return again === 'skip';
      r = make();
      if (!r.ok) return this.err(`can't create link '${dst}': ${errText(r.error)}`);
    }
    return true;
  }

  private async verbose(src: string, dst: string): Promise<void> {
    if (this.o.verbose) await this.ctx.stdout.write(`'${src}' -> '${dst}'\n`);
  }
}
