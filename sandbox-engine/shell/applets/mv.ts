/**
 * mv: rename, or move into a directory; across file systems (a volume, a bind mount) it copies
 * (recursively, preserving attributes) and removes the source, as both implementations do.
 *
 * GNU checks first and explains (`mv: cannot move 'd' to a subdirectory of itself, 'd/e/d'`,
 * `mv: 'b' and 'b' are the same file`); busybox just calls rename(2) and reports its errno
 * (`mv: can't rename 'd': Invalid argument`), and with -v prints the `'a' -> 'b'` line even after
 * a failure.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { FsError } from '../../vfs/errors.ts';
import { attempt, bbShowUsage, errText, joinPath, lastComponent, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { BusyboxCopier, GnuCopier, type CopyOptions } from './lib/copy.ts';
import { askYes } from './lib/ask.ts';

const GNU_SPEC: OptionSpec = {
  name: 'mv',
  short: 'finuvt:T',
  long: [
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'interactive', arg: 'none', key: 'i' },
    { name: 'no-clobber', arg: 'none', key: 'n' },
    { name: 'update', arg: 'optional', key: 'u' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'target-directory', arg: 'required', key: 't' },
    { name: 'no-target-directory', arg: 'none', key: 'T' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'mv',
  short: 'finTt:v',
  long: [
    { name: 'interactive', arg: 'none', key: 'i' },
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'no-clobber', arg: 'none', key: 'n' },
    { name: 'no-target-directory', arg: 'none', key: 'T' },
    { name: 'target-directory', arg: 'required', key: 't' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

interface Job {
  ctx: ProcessContext;
  gnu: boolean;
  mode: 'force' | 'interactive' | 'noclobber' | null;
  update: boolean;
  verbose: boolean;
}

function copyOptions(): CopyOptions {
  return {
    recursive: true,
    deref: false,
    derefCommandLine: false,
    preserve: true,
    noClobber: false,
    interactive: false,
    force: true,
    update: false,
    verbose: false,
    link: null,
    prog: 'mv',
  };
}

async function removeTree(ctx: ProcessContext, path: string): Promise<boolean> {
  const st = attempt(() => ctx.fs.lstat(path));
  if (!st.ok) return false;
  if (st.value.kind === 'dir') {
    const names = attempt(() => ctx.fs.readdir(path));
    if (!names.ok) return false;
    for (const n of names.value) if (!(await removeTree(ctx, joinPath(path, n)))) return false;
    return attempt(() => ctx.fs.rmdir(path)).ok;
  }
  return attempt(() => ctx.fs.unlink(path)).ok;
}

/** Cross-device move: copy with attributes, then delete the source. */
async function moveAcross(j: Job, src: string, dst: string, dstSt: Stat | null): Promise<boolean> {
  const ctx = j.ctx;
  if (dstSt && dstSt.kind !== 'dir') attempt(() => ctx.fs.unlink(dst));
  const copier = j.gnu ? new GnuCopier(ctx, copyOptions()) : new BusyboxCopier(ctx, copyOptions());
  if (!(await copier.copy(src, dst, true))) return false;
  if (!(await removeTree(ctx, src))) {
    if (j.gnu) await warn(ctx, 'mv', `cannot remove ${qa(ctx, src)}: Permission denied`);
    else await warn(ctx, 'mv', `can't remove '${src}': Permission denied`);
    return false;
  }
  return true;
}

async function moveGnu(j: Job, src: string, dst: string): Promise<boolean> {
  const ctx = j.ctx;
  ctx.tick();
  const s = attempt(() => ctx.fs.lstat(src));
  if (!s.ok) {
    await warn(ctx, 'mv', `cannot stat ${qa(ctx, src)}: ${errText(s.error)}`);
    return false;
  }
  const sst = s.value;
  const d = attempt(() => ctx.fs.lstat(dst));
  if (!d.ok && d.error.code !== 'ENOENT') {
    await warn(ctx, 'mv', `cannot stat ${qa(ctx, dst)}: ${errText(d.error)}`);
    return false;
  }
  const dst0 = d.ok ? d.value : null;
  const dFollow = dst0 ? attempt(() => ctx.fs.stat(dst)) : null;
  const dstSt = dst0 && dst0.kind === 'symlink' ? dst0 : dFollow && dFollow.ok ? dFollow.value : dst0;
  if (dstSt && dstSt.dev === sst.dev && dstSt.ino === sst.ino) {
    await warn(ctx, 'mv', `${qa(ctx, src)} and ${qa(ctx, dst)} are the same file`);
    return false;
  }
  if (dstSt) {
    if (j.mode === 'noclobber') return true;
    if (j.update && sst.mtime <= dstSt.mtime) return true;
    const ask = j.mode === 'interactive' || (j.mode !== 'force' && ctx.stdin.isTTY && dstSt.kind !== 'symlink' && !ctx.fs.access(dst, 'w'));
    if (ask) {
      const q = ctx.fs.access(dst, 'w') || dstSt.kind === 'symlink'
        ? `mv: overwrite ${qa(ctx, dst)}? `
        : `mv: replace ${qa(ctx, dst)}, overriding mode ${(dstSt.mode & 0o7777).toString(8).padStart(4, '0')} (${modeText(dstSt)})? `;
      if (!(await askYes(ctx, q))) return true;
    }
    if (sst.kind === 'dir' && dstSt.kind !== 'dir') {
      await warn(ctx, 'mv', `cannot overwrite non-directory ${qa(ctx, dst)} with directory ${qa(ctx, src)}`);
      return false;
    }
    if (sst.kind !== 'dir' && dstSt.kind === 'dir') {
      await warn(ctx, 'mv', `cannot overwrite directory ${qa(ctx, dst)} with non-directory`);
      return false;
    }
  }
  if (sst.kind === 'dir') {
    const realSrc = attempt(() => ctx.fs.realpath(src));
    const parent = attempt(() => ctx.fs.realpath(ctx.fs.resolve(joinPath(dst, '..'))));
    if (realSrc.ok && parent.ok && (parent.value === realSrc.value || parent.value.startsWith(realSrc.value + '/'))) {
      await warn(ctx, 'mv', `cannot move ${qa(ctx, src)} to a subdirectory of itself, ${qa(ctx, dst)}`);
      return false;
    }
  }
  const r = attempt(() => renameChecked(ctx, src, sst, dst));
  if (!r.ok) {
    if (r.error.code === 'EXDEV') {
      if (!(await moveAcross(j, src, dst, dstSt))) return false;
    } else {
      await warn(ctx, 'mv', `cannot move ${qa(ctx, src)} to ${qa(ctx, dst)}: ${errText(r.error)}`);
      return false;
    }
  }
  if (j.verbose) await ctx.stdout.write(`renamed ${qa(ctx, src)} -> ${qa(ctx, dst)}\n`);
  return true;
}

/**
 * rename(2), with the kernel's rule for a trailing slash on either name: the source must then be
 * a directory (`mv a missing/` is ENOTDIR). The VFS does not check it yet.
 */
function renameChecked(ctx: ProcessContext, src: string, sst: Stat, dst: string): void {
  if (sst.kind !== 'dir' && (src.endsWith('/') || dst.endsWith('/'))) throw new FsError('ENOTDIR', 'rename', dst);
  ctx.fs.rename(src, dst);
}

function modeText(st: Stat): string {
  const m = st.mode;
  const t = (b: number, s: boolean, c: string): string => `${b & 4 ? 'r' : '-'}${b & 2 ? 'w' : '-'}${s ? (b & 1 ? c : c.toUpperCase()) : b & 1 ? 'x' : '-'}`;
  return t(m >> 6, (m & 0o4000) !== 0, 's') + t(m >> 3, (m & 0o2000) !== 0, 's') + t(m, (m & 0o1000) !== 0, 't');
}

async function moveBusybox(j: Job, src: string, dst: string, dstExists: number): Promise<boolean> {
  const ctx = j.ctx;
  ctx.tick();
  let ok = true;
  let skip = false;
  if (dstExists) {
    if (j.mode === 'noclobber') skip = true;
    else if (j.mode !== 'force' && ((!ctx.fs.access(dst, 'w') && ctx.stdin.isTTY) || j.mode === 'interactive')) {
      if (!(await askYes(ctx, `mv: overwrite '${dst}'? `))) skip = true;
    }
  }
  if (!skip) {
    const r = attempt(() => {
      const st = ctx.fs.lstat(src);
      renameChecked(ctx, src, st, dst);
    });
    if (!r.ok) {
      const s = attempt(() => ctx.fs.lstat(src));
      if (r.error.code !== 'EXDEV' || !s.ok) {
        await warn(ctx, 'mv', `can't rename '${src}': ${errText(r.error)}`);
        ok = false;
      } else {
        const srcIsDir = s.value.kind === 'dir';
        if (dstExists === 3 && !srcIsDir) {
          await warn(ctx, 'mv', "can't overwrite directory with non-directory");
          ok = false;
        } else if (dstExists && dstExists !== 3 && srcIsDir) {
          await warn(ctx, 'mv', "can't overwrite non-directory with directory");
          ok = false;
        } else ok = await moveAcross(j, src, dst, null);
      }
    }
  }
  if (j.verbose) await ctx.stdout.write(`'${src}' -> '${dst}'\n`);
  return ok;
}

/** cp_mv_stat: 0 missing, 1 exists, 3 directory, -1 error (reported). */
async function bbStat(ctx: ProcessContext, path: string): Promise<number> {
  const r = attempt(() => ctx.fs.stat(path));
  if (r.ok) return r.value.kind === 'dir' ? 3 : 1;
  if (r.error.code === 'ENOENT') return 0;
  await warn(ctx, 'mv', `can't stat '${path}': ${errText(r.error)}`);
  return -1;
}

export const applet: Applet = {
  name: 'mv',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    let mode: Job['mode'] = null;
    for (const { key } of p.opts) {
      if (key === 'f') mode = 'force';
      else if (key === 'i') mode = 'interactive';
      else if (key === 'n') mode = 'noclobber';
    }
    const j: Job = { ctx, gnu, mode, update: p.has('u'), verbose: p.has('v') };
    const ops = p.operands;
    const targetDir = p.value('t');
    let target: string;
    let sources: string[];
    if (targetDir !== undefined) {
      target = targetDir;
      sources = ops;
      if (sources.length === 0) return gnu ? usageError(ctx, 'mv', 'missing file operand') : bbShowUsage(ctx, 'mv');
      if (gnu) {
        const t = attempt(() => ctx.fs.stat(target));
        if (!t.ok || t.value.kind !== 'dir') {
          await warn(ctx, 'mv', `target directory ${qa(ctx, target)}: ${t.ok ? 'Not a directory' : errText(t.error)}`);
          return 1;
        }
      }
    } else {
      if (ops.length < 2) {
        if (!gnu) return bbShowUsage(ctx, 'mv');
        if (ops.length === 0) return usageError(ctx, 'mv', 'missing file operand');
        return usageError(ctx, 'mv', `missing destination file operand after ${qa(ctx, ops[0])}`);
      }
      target = ops[ops.length - 1];
      sources = ops.slice(0, -1);
      if (p.has('T') && ops.length > 2) return gnu ? usageError(ctx, 'mv', `extra operand ${qa(ctx, ops[2])}`) : bbShowUsage(ctx, 'mv');
      if (ops.length === 2) {
        if (gnu) {
          const t = attempt(() => ctx.fs.stat(target));
          if (p.has('T') || !t.ok || t.value.kind !== 'dir') return (await moveGnu(j, sources[0], target)) ? 0 : 1;
        } else {
          const d = await bbStat(ctx, target);
          if (d < 0) return 1;
          if (d !== 3 || p.has('T')) return (await moveBusybox(j, sources[0], target, d)) ? 0 : 1;
        }
      } else if (gnu) {
        const t = attempt(() => ctx.fs.stat(target));
        if (!t.ok || t.value.kind !== 'dir') {
          await warn(ctx, 'mv', `target ${qa(ctx, target)}: ${t.ok ? 'Not a directory' : errText(t.error)}`);
          return 1;
        }
      }
    }
    let status = 0;
    for (const src of sources) {
      const dst = joinPath(target, lastComponent(src));
      if (gnu) {
        if (!(await moveGnu(j, src, dst))) status = 1;
        continue;
      }
      // bb_get_last_path_component_strip strips the operand's trailing slashes in place, so
      // `mv f/ dir` renames "f" (and says so in its messages).
      const name = src.replace(/(.)\/+$/, '$1');
      const into = joinPath(target, lastComponent(name));
      const d = await bbStat(ctx, into);
      if (d < 0 || !(await moveBusybox(j, name, into, d))) status = 1;
    }
    return status;
  },
};
