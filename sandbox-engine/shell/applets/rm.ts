/**
 * rm: remove files, and with -r directory trees (-f, -i, -d, -v).
 *
 * GNU: `rm: cannot remove 'x': No such file or directory`, `rm: cannot remove 'd': Is a directory`,
 * refuses `.`/`..` and (with -r) `/`; asks before removing a write-protected file when stdin is a
 * terminal. busybox: `rm: can't remove 'x': ...`, `rm: 'd' is a directory`,
 * `rm: can't remove '.' or '..'`, and no protection for `/`. A directory whose contents could not all
 * be removed is left in place without a further message (both).
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { attempt, bbShowUsage, errText, joinPath, lastComponent, parseOrFail, qa, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { askYes } from './lib/ask.ts';
import { fileTypeName } from './lib/modestring.ts';

const GNU_SPEC: OptionSpec = {
  name: 'rm',
  short: 'dfiIrRv',
  long: [
    { name: 'force', arg: 'none', key: 'f' },
    { name: 'interactive', arg: 'optional', key: 'interactive' },
    { name: 'recursive', arg: 'none', key: 'r' },
    { name: 'dir', arg: 'none', key: 'd' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'no-preserve-root', arg: 'none', key: 'no-preserve-root' },
    { name: 'preserve-root', arg: 'optional', key: 'preserve-root' },
    { name: 'one-file-system', arg: 'none', key: 'one-file-system' },
  ],
};

const BB_SPEC: OptionSpec = { name: 'rm', short: 'fiRrv' };

interface Job {
  ctx: ProcessContext;
  gnu: boolean;
  force: boolean;
  interactive: boolean;
  recursive: boolean;
  emptyDirs: boolean;
  verbose: boolean;
  rootDev: string | null;
}

async function cannot(j: Job, path: string, text: string): Promise<void> {
  if (j.gnu) await warn(j.ctx, 'rm', `cannot remove ${qa(j.ctx, path)}: ${text}`);
  else await warn(j.ctx, 'rm', `can't remove '${path}': ${text}`);
}

function describe(st: Stat): string {
  return fileTypeName(st);
}

/** Whether a GNU prompt is due for this entry; the question to ask, or null. */
function gnuQuestion(j: Job, path: string, st: Stat, phase: 'file' | 'descend' | 'rmdir'): string | null {
  const ctx = j.ctx;
  if (j.force && !j.interactive) return null;
  const writable = st.kind === 'symlink' || ctx.fs.access(path, 'w');
  const protectedPrompt = !writable && ctx.stdin.isTTY && !j.force;
  if (!j.interactive && !protectedPrompt) return null;
  const wp = !writable ? 'write-protected ' : '';
  const q = qa(ctx, path);
  if (phase === 'descend') return `rm: descend into ${wp}directory ${q}? `;
  return `rm: remove ${wp}${describe(st)} ${q}? `;
}

async function removeTree(j: Job, path: string): Promise<boolean> {
  const ctx = j.ctx;
  ctx.tick();
  const ls = attempt(() => ctx.fs.lstat(path));
  if (!ls.ok) {
    if (ls.error.code === 'ENOENT' && j.force) return true;
    if (!j.gnu && ls.error.code !== 'ENOENT') {
      await warn(ctx, 'rm', `can't stat '${path}': ${errText(ls.error)}`);
      return false;
    }
    await cannot(j, path, errText(ls.error));
    return false;
  }
  const st = ls.value;
  if (st.kind === 'dir') return removeDir(j, path, st);
  if (j.gnu) {
    const q = gnuQuestion(j, path, st, 'file');
    if (q && !(await askYes(ctx, q))) return true;
  } else if (j.interactive || (!j.force && !ctx.fs.access(path, 'w') && st.kind !== 'symlink' && ctx.stdin.isTTY)) {
    if (!(await askYes(ctx, `rm: remove '${path}'? `))) return true;
  }
  const r = attempt(() => ctx.fs.unlink(path));
  if (!r.ok) {
    await cannot(j, path, errText(r.error));
    return false;
  }
  if (j.verbose) await ctx.stdout.write(j.gnu ? `removed ${qa(ctx, path)}\n` : `removed '${path}'\n`);
  return true;
}

async function removeDir(j: Job, path: string, st: Stat): Promise<boolean> {
  const ctx = j.ctx;
  if (!j.recursive) {
    if (j.gnu && j.emptyDirs) return rmdirNow(j, path, st);
    if (j.gnu) await cannot(j, path, 'Is a directory');
    else await warn(ctx, 'rm', `'${path}' is a directory`);
    return false;
  }
  const names = attempt(() => ctx.fs.readdir(path));
  if (j.gnu) {
    if (names.ok && names.value.length > 0) {
      const q = gnuQuestion(j, path, st, 'descend');
      if (q && !(await askYes(ctx, q))) return true;
    }
  } else if ((!j.force && !ctx.fs.access(path, 'w') && ctx.stdin.isTTY) || j.interactive) {
    if (!(await askYes(ctx, `rm: descend into directory '${path}'? `))) return true;
  }
  if (!names.ok) {
    // busybox gives up silently when it cannot open the directory; GNU says why.
    if (j.gnu) await cannot(j, path, errText(names.error));
    return false;
  }
  let ok = true;
  for (const name of names.value) {
    await ctx.yield();
    if (!(await removeTree(j, joinPath(path, name)))) ok = false;
  }
  if (!ok) return false;
  if (j.gnu) {
    const q = gnuQuestion(j, path, st, 'rmdir');
    if (q && !(await askYes(ctx, q))) return true;
  } else if (j.interactive) {
    if (!(await askYes(ctx, `rm: remove directory '${path}'? `))) return true;
  }
  return rmdirNow(j, path, st);
}

async function rmdirNow(j: Job, path: string, st: Stat): Promise<boolean> {
  void st;
  const r = attempt(() => j.ctx.fs.rmdir(path));
  if (!r.ok) {
    await cannot(j, path, errText(r.error));
    return false;
  }
  if (j.verbose) await j.ctx.stdout.write(j.gnu ? `removed directory ${qa(j.ctx, path)}\n` : `removed directory: '${path}'\n`);
  return true;
}

export const applet: Applet = {
  name: 'rm',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    let force = false;
    let interactive = false;
    let preserveRoot = true;
    for (const { key, value } of p.opts) {
      // The last of -f and -i wins.
      if (key === 'f') {
        force = true;
        interactive = false;
      } else if (key === 'i' || (key === 'interactive' && value !== 'never' && value !== 'no' && value !== 'none')) {
        interactive = true;
        force = false;
      } else if (key === 'no-preserve-root') preserveRoot = false;
    }
    const j: Job = {
      ctx,
      gnu,
      force,
      interactive,
      recursive: p.has('r') || p.has('R'),
      emptyDirs: p.has('d'),
      verbose: p.has('v'),
      rootDev: null,
    };
    if (p.operands.length === 0) {
      if (force) return 0;
      return gnu ? usageError(ctx, 'rm', 'missing operand') : bbShowUsage(ctx, 'rm');
    }
    let status = 0;
    for (const arg of p.operands) {
      const base = lastComponent(arg);
      if (base === '.' || base === '..') {
        if (gnu) await warn(ctx, 'rm', `refusing to remove '.' or '..' directory: skipping ${qa(ctx, arg)}`);
        else await warn(ctx, 'rm', "can't remove '.' or '..'");
        status = 1;
        continue;
      }
      if (gnu && j.recursive && preserveRoot) {
        const real = attempt(() => ctx.fs.realpath(arg));
        if (real.ok && real.value === '/') {
          await warn(ctx, 'rm', `it is dangerous to operate recursively on ${qa(ctx, '/')}`);
          await warn(ctx, 'rm', 'use --no-preserve-root to override this failsafe');
          status = 1;
          continue;
        }
      }
      if (!(await removeTree(j, arg))) status = 1;
    }
    return status;
  },
};
