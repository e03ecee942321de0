/**
 * ln: make hard links, or symbolic links with -s (-f replace, -n do not follow a link-to-directory
 * destination, -T, -t DIR, -v). One operand links into the current directory.
 *
 * GNU: `ln: failed to create symbolic link 'x': File exists`, `ln: failed to access 'zz': ...`,
 * `ln: d: hard link not allowed for directory`. busybox reports the path and errno only
 * (`ln: x: File exists`) and has no long options.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { FsError, type Errno } from '../../vfs/errors.ts';
import { attempt, bbShowUsage, errText, joinPath, lastComponent, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';

const GNU_SPEC: OptionSpec = {
  name: 'ln',
  short: 'sfnTt:vbLPri',
  long: [
    { name: 'symbolic', arg: 'none', key: 's' },
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'no-dereference', arg: 'none', key: 'n' },
    { name: 'no-target-directory', arg: 'none', key: 'T' },
    { name: 'target-directory', arg: 'required', key: 't' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'interactive', arg: 'none', key: 'i' },
    { name: 'logical', arg: 'none', key: 'L' },
    { name: 'physical', arg: 'none', key: 'P' },
    { name: 'relative', arg: 'none', key: 'r' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'ln', short: 'sfnbS:vT' };

function isDir(ctx: ProcessContext, path: string, follow: boolean): boolean {
  const r = attempt(() => (follow ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
  return r.ok && r.value.kind === 'dir';
}

async function gnuLink(ctx: ProcessContext, src: string, dst: string, o: { sym: boolean; force: boolean; verbose: boolean }): Promise<boolean> {
  if (!o.sym) {
    const s = attempt(() => ctx.fs.stat(src));
    const l = s.ok ? null : attempt(() => ctx.fs.lstat(src));
    if (!s.ok && (!l || !l.ok)) {
      await warn(ctx, 'ln', `failed to access ${qa(ctx, src)}: ${errText(s.error)}`);
      return false;
    }
    if (s.ok && s.value.kind === 'dir') {
      await warn(ctx, 'ln', `${src}: hard link not allowed for directory`);
      return false;
    }
  }
  const exists = attempt(() => ctx.fs.lstat(dst));
  if (exists.ok && o.force) {
    if (exists.value.kind === 'dir') {
      await warn(ctx, 'ln', `${qa(ctx, dst)}: cannot overwrite directory`);
      return false;
    }
    const same = !o.sym && attempt(() => ctx.fs.stat(src));
    if (same && same.ok && same.value.ino === exists.value.ino && same.value.dev === exists.value.dev) {
      await warn(ctx, 'ln', `${qa(ctx, src)} and ${qa(ctx, dst)} are the same file`);
      return false;
    }
    attempt(() => ctx.fs.unlink(dst));
  }
  const r = attempt(() => makeLink(ctx, o.sym, src, dst));
  if (!r.ok) {
    await warn(ctx, 'ln', `${gnuLinkFailure(ctx, o.sym, src, dst, r.error.code)}: ${errText(r.error)}`);
    return false;
  }
  if (o.verbose) await ctx.stdout.write(`${qa(ctx, dst)} -> ${qa(ctx, src)}\n`);
  return true;
}

/**
 * link(2) or symlink(2). A new name with a trailing slash is ENOENT for both (the kernel wants an
 * existing directory there); the VFS does not check it yet.
 */
function makeLink(ctx: ProcessContext, sym: boolean, src: string, dst: string): void {
  if (dst.endsWith('/') && !attempt(() => ctx.fs.lstat(dst)).ok) throw new FsError('ENOENT', sym ? 'symlink' : 'link', dst);
  if (sym) ctx.fs.symlink(src, dst);
  else ctx.fs.link(src, dst);
}

/**
 * The head of ln.c's message for a failed link: a hard link names its target too unless the error
 * is about the new name itself (`failed to create hard link 'x' => 'a'`, but `... 'a': File exists`).
 */
function gnuLinkFailure(ctx: ProcessContext, sym: boolean, src: string, dst: string, errno: Errno): string {
  // EDQUOT and EMLINK cannot happen in the simulator; kept so the rule reads as ln.c's.
  const code: string = errno;
  if (sym) return code === 'ENAMETOOLONG' || src === '' ? `failed to create symbolic link ${qa(ctx, dst)} -> ${qa(ctx, src)}` : `failed to create symbolic link ${qa(ctx, dst)}`;
  if (code === 'EMLINK') return `failed to create hard link to ${qa(ctx, src)}`;
  if (code === 'EDQUOT' || code === 'EEXIST' || code === 'ENOSPC' || code === 'EROFS') return `failed to create hard link ${qa(ctx, dst)}`;
  return `failed to create hard link ${qa(ctx, dst)} => ${qa(ctx, src)}`;
}

async function runGnu(ctx: ProcessContext, p: Exclude<Awaited<ReturnType<typeof parseOrFail>>, number>): Promise<number> {
  const o = { sym: p.has('s'), force: p.has('f'), verbose: p.has('v') };
  const noDeref = p.has('n') || p.has('T');
  const ops = p.operands;
  const t = p.value('t');
  let pairs: [string, string][];
  if (t !== undefined) {
    if (!isDir(ctx, t, true)) {
      const e = attempt(() => ctx.fs.stat(t));
      await warn(ctx, 'ln', `target directory ${qa(ctx, t)}: ${e.ok ? 'Not a directory' : errText(e.error)}`);
      return 1;
    }
    if (ops.length === 0) return usageError(ctx, 'ln', 'missing file operand');
    pairs = ops.map((s) => [s, joinPath(t, lastComponent(s))]);
  } else if (ops.length === 0) {
    return usageError(ctx, 'ln', 'missing file operand');
  } else if (ops.length === 1) {
    pairs = [[ops[0], joinPath('.', lastComponent(ops[0]))]];
  } else {
    const target = ops[ops.length - 1];
    const targetIsDir = !p.has('T') && isDir(ctx, target, !noDeref);
    if (ops.length === 2 && !targetIsDir) pairs = [[ops[0], target]];
    else if (p.has('T')) return usageError(ctx, 'ln', `extra operand ${qa(ctx, ops[2])}`);
    else if (!targetIsDir) {
      const e = attempt(() => ctx.fs.stat(target));
      await warn(ctx, 'ln', `target ${qa(ctx, target)}: ${e.ok ? 'Not a directory' : errText(e.error)}`);
      return 1;
    } else pairs = ops.slice(0, -1).map((s) => [s, joinPath(target, lastComponent(s))]);
  }
  let status = 0;
  for (const [src, dst] of pairs) {
    ctx.tick();
    if (!(await gnuLink(ctx, src, dst, o))) status = 1;
  }
  return status;
}

async function runBusybox(ctx: ProcessContext, p: Exclude<Awaited<ReturnType<typeof parseOrFail>>, number>): Promise<number> {
  const ops = [...p.operands];
  if (ops.length === 0) return bbShowUsage(ctx, 'ln');
  if (p.has('T') && ops.length > 2) {
    await warn(ctx, 'ln', '-T accepts 2 args max');
    return 1;
  }
  let last = ops[ops.length - 1];
  if (ops.length === 1) last = lastComponent(last);
  const sources = ops.length === 1 ? ops : ops.slice(0, -1);
  const sym = p.has('s');
  const suffix = p.value('S') ?? '~';
  let status = 0;
  for (const src of sources) {
    ctx.tick();
    let dst = last;
    if (isDir(ctx, dst, !(p.has('n') || p.has('T')))) {
      if (p.has('T')) {
        await warn(ctx, 'ln', `'${dst}' is a directory`);
        return 1;
      }
      dst = joinPath(dst, lastComponent(src));
    }
    if (!sym) {
      const s = attempt(() => ctx.fs.stat(src));
      if (!s.ok) {
        const l = attempt(() => ctx.fs.lstat(src));
        if (!l.ok || l.value.kind !== 'symlink') {
          await warn(ctx, 'ln', `${src}: ${errText(s.error)}`);
          status = 1;
          continue;
        }
      }
    }
    if (p.has('b')) {
      const r = attempt(() => ctx.fs.rename(dst, dst + suffix));
      if (!r.ok && r.error.code !== 'ENOENT') {
        await warn(ctx, 'ln', `${dst}: ${errText(r.error)}`);
        status = 1;
        continue;
      }
      attempt(() => ctx.fs.unlink(dst));
    } else if (p.has('f')) attempt(() => ctx.fs.unlink(dst));
    if (p.has('v')) await ctx.stdout.write(`'${dst}' -> '${src}'\n`);
    const r = attempt(() => makeLink(ctx, sym, src, dst));
    if (!r.ok) {
      await warn(ctx, 'ln', `${dst}: ${errText(r.error)}`);
      status = 1;
    }
  }
  return status;
}

export const applet: Applet = {
  name: 'ln',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    return gnu ? runGnu(ctx, p) : runBusybox(ctx, p);
  },
};
