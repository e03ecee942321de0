/**
 * env: print the environment in its own order, or run a command in a modified one (through
 * ctx.exec, with the new environment). Options stop at the first operand; `-` alone means -i.
 * Recorded from coreutils 9.1 and busybox 1.35:
 *   env -i nosuch    -> "env: ‘nosuch’: No such file or directory", 127   (EACCES: 126)
 *                       busybox: "env: can't execute 'nosuch': No such file or directory", 127
 *   env -x           -> "env: invalid option -- 'x'" + Try line, 125;  busybox: + usage, 1
 *   env -u A=b true  -> "env: cannot unset ‘A=b’: Invalid argument", 125 (busybox ignores it)
 *   env -C /nonexist true -> "env: cannot change directory to '/nonexist': No such file or directory", 125
 *   env -0 -i A=1 true -> "env: cannot specify --null (-0) with command" + Try line, 125
 *   env -v ...       -> "cleaning environ", "unset:    X", "setenv:   A=1", "chdir:    '/tmp'",
 *                       "executing: true", "   arg[0]= ‘true’" on stderr
 */
import type { Applet, ExecOptions, ProcessContext } from '../process.ts';
import { isFsError, strerror, type Errno } from '../../vfs/errors.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { lookupExec } from './lib/path-search.ts';
import { splitString } from './lib/split-string.ts';

/** What the shell's exec may also accept (the shell adds it); ignored where unsupported. */
type ChildOptions = ExecOptions & { cwd?: string };

interface Plan {
  clear: boolean;
  unset: string[];
  nul: boolean;
  chdir?: string;
  debug: boolean;
  /** NAME=VALUE operands and the command after them. */
  rest: string[];
}

async function gnuPlan(ctx: ProcessContext): Promise<Plan | number> {
  const locale = (s: string) => quoteName(s, 'locale', isUtf8Locale(ctx.env));
  const r = parseOptions(ctx, {
    name: 'env',
    short: '+iC:0u:vS:',
    long: [
      { name: 'ignore-environment', arg: 'none', key: 'i' },
      { name: 'null', arg: 'none', key: '0' },
      { name: 'unset', arg: 'required', key: 'u' },
      { name: 'chdir', arg: 'required', key: 'C' },
      { name: 'split-string', arg: 'required', key: 'S' },
      { name: 'debug', arg: 'none', key: 'v' },
      { name: 'help', arg: 'none', key: 'help' },
      { name: 'version', arg: 'none', key: 'version' },
    ],
  });
  if (!r.ok) return sysUsageError(ctx, 'env', r.message, 125);
  const plan: Plan = { clear: false, unset: [], nul: false, debug: false, rest: [] };
  const split: string[] = [];
  for (const o of r.opts) {
    switch (o.key) {
      case 'help':
        await ctx.stdout.write(gnuHelp(ctx, 'env'));
        return 0;
      case 'version':
        await ctx.stdout.write(gnuVersion('env'));
        return 0;
      case 'i':
        plan.clear = true;
        break;
      case '0':
        plan.nul = true;
        break;
      case 'u':
        plan.unset.push(o.value ?? '');
        break;
      case 'C':
        plan.chdir = o.value;
        break;
      case 'v':
        plan.debug = true;
        break;
      case 'S': {
        const s = o.value ?? '';
        const words = splitString(s, ctx.env);
        if (typeof words === 'string') {
          await ctx.stderr.write(`${progName(ctx, 'env')}: ${words}\n`);
          return 125;
        }
        if (plan.debug) {
          let text = `split -S:  ${locale(s)}\n`;
          words.forEach((w, i) => (text += `${i === 0 ? ' into:    ' : '     &    '}${locale(w)}\n`));
          await ctx.stderr.write(text);
        }
        split.push(...words);
        break;
      }
    }
  }
  const operands = [...split, ...r.operands];
  if (operands[0] === '-') {
    plan.clear = true;
    operands.shift();
  }
  plan.rest = operands;
  return plan;
}

function busyboxPlan(ctx: ProcessContext): Plan | { error: string } {
  const r = parseOptions(ctx, { name: 'env', short: '+iu:0' });
  if (!r.ok) return { error: r.message };
  const plan: Plan = { clear: false, unset: [], nul: false, debug: false, rest: [...r.operands] };
  for (const o of r.opts) {
    if (o.key === 'i') plan.clear = true;
    else if (o.key === '0') plan.nul = true;
    else if (o.key === 'u') plan.unset.push(o.value ?? '');
  }
  if (plan.rest[0] === '-') {
    plan.clear = true;
    plan.rest.shift();
  }
  return plan;
}

/** Why chdir(dir) would fail, or null. */
function chdirProblem(ctx: ProcessContext, dir: string): Errno | null {
  try {
    if (ctx.fs.stat(dir).kind !== 'dir') return 'ENOTDIR';
    return ctx.fs.access(dir, 'x') ? null : 'EACCES';
  } catch (e) {
    if (isFsError(e)) return e.code;
    throw e;
  }
}

export const applet: Applet = {
  name: 'env',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const prog = progName(ctx, 'env');
    const locale = (s: string) => quoteName(s, 'locale', isUtf8Locale(ctx.env));
    let plan: Plan;
    if (gnu) {
      const p = await gnuPlan(ctx);
      if (typeof p === 'number') return p;
      plan = p;
    } else {
      const help = await busyboxHelp(ctx, 'env');
      if (help !== null) return help;
      const p = busyboxPlan(ctx);
      if ('error' in p) return sysUsageError(ctx, 'env', p.error);
      plan = p;
    }
    let debug = '';
    const env: Record<string, string> = plan.clear ? {} : { ...ctx.env };
    if (plan.clear && plan.debug) debug += 'cleaning environ\n';
    for (const name of plan.unset) {
      if (gnu && (name === '' || name.includes('='))) {
        await ctx.stderr.write(debug + `${prog}: cannot unset ${locale(name)}: Invalid argument\n`);
        return 125;
      }
      if (plan.debug) debug += `unset:    ${name}\n`;
      delete env[name];
    }
    let i = 0;
    for (; i < plan.rest.length; i++) {
      const a = plan.rest[i];
      const eq = a.indexOf('=');
      if (eq < 0) break;
      // putenv takes `=x` too: an entry with an empty name, printed back as `=x`.
      if (plan.debug) debug += `setenv:   ${a}\n`;
      const name = a.slice(0, eq);
      // Re-setting keeps the variable's place, as setenv does in environ.
      env[name] = a.slice(eq + 1);
    }
    const command = plan.rest.slice(i);
    if (gnu && plan.nul && command.length > 0) {
      await ctx.stderr.write(debug);
      return sysUsageError(ctx, 'env', 'cannot specify --null (-0) with command', 125);
    }
    if (gnu && plan.chdir !== undefined && command.length === 0) {
      await ctx.stderr.write(debug);
      return sysUsageError(ctx, 'env', 'must specify command with --chdir (-C)', 125);
    }
    if (command.length === 0) {
      if (debug) await ctx.stderr.write(debug);
      const end = plan.nul ? '\0' : '\n';
      let out = '';
      for (const [k, v] of Object.entries(env)) out += `${k}=${v}${end}`;
      await ctx.stdout.write(out);
      return 0;
    }
    let cwd: string | undefined;
    if (plan.chdir !== undefined) {
      const dirName = quoteName(plan.chdir, 'shell-escape-always', isUtf8Locale(ctx.env));
      const problem = chdirProblem(ctx, plan.chdir);
      if (problem !== null) {
        await ctx.stderr.write(debug + `${prog}: cannot change directory to ${dirName}: ${strerror(problem)}\n`);
        return 125;
      }
      cwd = ctx.fs.resolve(plan.chdir);
      if (plan.debug) debug += `chdir:    ${dirName}\n`;
    }
    if (plan.debug) {
      debug += `executing: ${command[0]}\n`;
      command.forEach((a, n) => (debug += `   arg[${n}]= ${locale(a)}\n`));
    }
    if (debug) await ctx.stderr.write(debug);
    // execvp searches the PATH of the new environment (glibc's default when it is unset).
    const fsForLookup = cwd === undefined ? ctx.fs : ctx.fs.with({ cwd });
    const found = lookupExec(fsForLookup, command[0], env.PATH);
    if (!found.ok) {
      const status = found.code === 'ENOENT' ? 127 : 126;
      const msg = gnu ? `${prog}: ${locale(command[0])}: ${strerror(found.code)}\n` : `${prog}: can't execute '${command[0]}': ${strerror(found.code)}\n`;
      await ctx.stderr.write(msg);
      return status;
    }
    const opts: ChildOptions = { env };
    if (cwd !== undefined) opts.cwd = cwd;
    return ctx.exec(command, opts);
  },
};
