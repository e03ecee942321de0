/**
 * pwd: the shells' builtin (bash, busybox ash: logical by default) and the programs (coreutils
 * /bin/pwd and busybox pwd: physical by default). Run as a builtin when ctx.messagePrefix is set.
 * Recorded from bash 5.2, coreutils 9.1 and busybox 1.35:
 *   bash:  `pwd -x` -> "bash: line 1: pwd: -x: invalid option" + "pwd: usage: pwd [-LP]", status 2
 *   ash:   `pwd -x` -> "sh: pwd: line 0: illegal option -x", status 2
 *   /bin/pwd -x -> "/bin/pwd: invalid option -- 'x'" + "Try '/bin/pwd --help' ...", status 1
 *   /bin/pwd foo -> prints the directory and "/bin/pwd: ignoring non-option arguments"
 * A logical $PWD is used only when it is absolute, has no `.` or `..` component and names the
 * current directory (busybox and coreutils both check this; bash keeps its own idea of it).
 */
import type { Applet, ProcessContext } from '../process.ts';
import { isFsError, strerror, type Errno } from '../../vfs/errors.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { BASH_PWD_HELP } from './lib/bash-help-sys.ts';

/** $PWD when it names the current directory without `.`/`..`; otherwise undefined. */
function logicalPwd(ctx: ProcessContext): string | undefined {
  const p = ctx.env.PWD;
  if (p === undefined || !p.startsWith('/')) return undefined;
  if (p.split('/').some((c) => c === '.' || c === '..')) return undefined;
  try {
    const a = ctx.fs.stat(p);
    const b = ctx.fs.stat('.');
    return a.ino === b.ino && a.dev === b.dev ? p : undefined;
  } catch {
    return undefined; // $PWD no longer exists: fall back to the physical name
  }
}

type Physical = { ok: true; path: string } | { ok: false; code: Errno };

function physical(ctx: ProcessContext): Physical {
  try {
    return { ok: true, path: ctx.fs.realpath('.') };
  } catch (e) {
    if (isFsError(e)) return { ok: false, code: e.code };
    throw e;
  }
}

/** bash and ash: -L (default) prints the shell's directory, -P resolves symlinks. */
async function builtin(ctx: ProcessContext): Promise<number> {
  let mode: 'L' | 'P' = 'L';
  const args = ctx.argv.slice(1);
  if (ctx.flavour === 'gnu' && args[0] === '--help') {
    await ctx.stdout.write(BASH_PWD_HELP);
    return 2;
  }
  for (const a of args) {
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') break;
    for (const c of a.slice(1)) {
      if (c === 'L' || c === 'P') mode = c;
      else if (ctx.flavour === 'busybox') {
        await ctx.stderr.write(`${ctx.messagePrefix}pwd: illegal option -${c}\n`);
        return 2;
      } else {
        await ctx.stderr.write(`${ctx.messagePrefix}pwd: -${c}: invalid option\npwd: usage: pwd [-LP]\n`);
        return 2;
      }
    }
  }
  if (mode === 'L') {
    // The shell's logical directory is what it exported as $PWD; cwd is the fallback.
    const logical = logicalPwd(ctx) ?? ctx.env.PWD ?? ctx.fs.cwd;
    await ctx.stdout.write(logical + '\n');
    return 0;
  }
  const phys = physical(ctx);
  if (!phys.ok) {
    if (ctx.flavour === 'busybox') {
      await ctx.stdout.write('\n');
      return 0;
    }
    await ctx.stderr.write(`pwd: error retrieving current directory: getcwd: cannot access parent directories: ${strerror(phys.code)}\n`);
    return 1;
  }
  await ctx.stdout.write(phys.path + '\n');
  return 0;
}

async function program(ctx: ProcessContext): Promise<number> {
  const help = await busyboxHelp(ctx, 'pwd');
  if (help !== null) return help;
  const gnu = ctx.flavour === 'gnu';
  const r = parseOptions(ctx, {
    name: 'pwd',
    short: 'LP',
    long: gnu
      ? [
          { name: 'logical', arg: 'none', key: 'L' },
          { name: 'physical', arg: 'none', key: 'P' },
          { name: 'help', arg: 'none', key: 'help' },
          { name: 'version', arg: 'none', key: 'version' },
        ]
      : [],
  });
  if (!r.ok) return sysUsageError(ctx, 'pwd', r.message);
  let logical = false;
  for (const o of r.opts) {
    if (o.key === 'help') {
      await ctx.stdout.write(gnuHelp(ctx, 'pwd'));
      return 0;
    }
    if (o.key === 'version') {
      await ctx.stdout.write(gnuVersion('pwd'));
      return 0;
    }
    logical = o.key === 'L';
  }
  const prog = progName(ctx, 'pwd');
  if (gnu && r.operands.length > 0) await ctx.stderr.write(`${prog}: ignoring non-option arguments\n`);
  const l = logical ? logicalPwd(ctx) : undefined;
  if (l !== undefined) {
    await ctx.stdout.write(l + '\n');
    return 0;
  }
  const phys = physical(ctx);
  if (!phys.ok) {
    const msg = gnu
      ? `${prog}: couldn't find directory entry in ${quoteName('..', 'locale', isUtf8Locale(ctx.env))} with matching i-node\n`
      : `${prog}: getcwd: ${strerror(phys.code)}\n`;
    await ctx.stderr.write(msg);
    return 1;
  }
  await ctx.stdout.write(phys.path + '\n');
  return 0;
}

export const applet: Applet = {
  name: 'pwd',
  run: (ctx) => (ctx.messagePrefix !== '' ? builtin(ctx) : program(ctx)),
};
