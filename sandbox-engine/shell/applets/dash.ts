/**
 * dash, the Debian Almquist shell (0.5.12, Debian 12's /bin/sh): the simulator's shell speaking
 * dash's dialect over whatever userland the host has. `dash FILE [args]`, `dash -c 'cmds' [name
 * [args]]`, `dash -s [args]` or a script on standard input; on a terminal with no script, an
 * interactive shell. Options are dash's letters (-aCefnuvx and the inert -bEImpqVi) and `-o NAME`;
 * messages name $0 and line 0 before any input is read (`sh: 0: Illegal option -Q`).
 *
 * Which programs run as dash is the file system's business: Debian's /bin/sh is a link to dash,
 * so `sh -c ...` there runs this applet with argv[0] `sh`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { isShellContext } from '../programs.ts';
import { runShellFromInput, runShellProgram } from '../interpreter.ts';
import { ShellInput } from '../line-reader.ts';
import { runNestedInteractive } from '../nested-shell.ts';
import type { ShellOptions } from '../shell-state.ts';
import { FsError, strerror } from '../../vfs/errors.ts';

const LETTERS: Record<string, keyof ShellOptions> = {
  e: 'errexit',
  f: 'noglob',
  n: 'noexec',
  x: 'xtrace',
  v: 'verbose',
  C: 'noclobber',
  a: 'allexport',
  u: 'nounset',
};

/** Options dash takes that change nothing here. */
const INERT_LETTERS = 'IimsVEbpq';
const OPTION_NAMES = ['errexit', 'noglob', 'ignoreeof', 'interactive', 'monitor', 'noexec', 'stdin', 'xtrace', 'verbose', 'vi', 'emacs', 'noclobber', 'allexport', 'notify', 'nounset', 'privileged', 'nolog', 'debug'];

async function run(ctx: ProcessContext): Promise<number> {
  // dash names itself by argv[0] exactly as it was invoked (`/bin/sh: 1: ...`).
  const a0 = ctx.argv[0] ?? 'dash';
  const name = a0.startsWith('-') ? a0.slice(1) : a0;
  const fail = async (msg: string): Promise<number> => {
    await ctx.stderr.write(`${name}: 0: ${msg}\n`);
    return 2;
  };
  if (!isShellContext(ctx)) {
    await ctx.stderr.write(`${name}: cannot run outside the simulated shell\n`);
    return 126;
  }
  const args = ctx.argv.slice(1);
  const options: Partial<ShellOptions> = {};
  let useC = false;
  let stdinMode = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-' || a === '--') {
      i++;
      break;
    }
    if ((a[0] !== '-' && a[0] !== '+') || a.length < 2) break;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'c' && on) useC = true;
      else if (c === 'l') continue;
      else if (c === 'o') {
        const opt = args[i + 1];
        if (opt === undefined) continue;
        i++;
        if (!OPTION_NAMES.includes(opt)) return fail(`Illegal option -o ${opt}`);
        if (opt in LETTERS_BY_NAME) (options as Record<string, boolean>)[opt] = on;
      } else if (LETTERS[c]) options[LETTERS[c]] = on;
      else if (INERT_LETTERS.includes(c)) {
        if (c === 's') stdinMode = on;
      } else return fail(`Illegal option ${a[0]}${c}`);
    }
  }
  const rest = args.slice(i);
  const shell = ctx.shell;
  let mode: 'file' | 'command' = 'command';
  let source = '';
  let fromStdin: ShellInput | undefined;
  let arg0 = name;
  let positional: string[] = [];
  if (useC) {
    const command = rest[0];
    if (command === undefined) return fail('-c requires an argument');
    source = command;
    if (rest.length > 1) arg0 = rest[1];
    positional = rest.slice(2);
  } else if (rest.length > 0 && !stdinMode) {
    const file = rest[0];
    try {
      // A directory reads as empty: dash runs nothing and succeeds.
      source = ctx.fs.stat(file).kind === 'dir' ? '' : ctx.fs.readText(file);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const why = e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'No such file' : strerror(e.code);
      return fail(`cannot open ${file}: ${why}`);
    }
    mode = 'file';
    arg0 = file;
    positional = rest.slice(1);
  } else if (ctx.stdin.isTTY) {
    return runNestedInteractive(ctx, name, 'dash');
  } else {
    // Commands from standard input (`echo cmds | sh`, `sh -s args`; `-i` without a terminal too).
    // dash reads a buffer at a time and runs what it holds; later input is left to its commands.
    fromStdin = new ShellInput(ctx.stdin);
    positional = rest;
  }
  const stdin = fromStdin;
  const o = {
    host: shell.host,
    rt: shell.rt,
    flavour: ctx.flavour,
    dialect: 'dash' as const,
    mode,
    name: arg0,
    source,
    positional,
    env: ctx.env,
    cred: shell.cred,
    cwd: ctx.fs.cwd,
    umask: shell.umask,
    stdin: stdin ?? ctx.stdin,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    ppid: ctx.pid,
    tty: shell.tty,
    columns: ctx.columns,
    pid: ctx.pid,
    options,
  };
  return stdin ? runShellFromInput(o, () => stdin.next(false)) : runShellProgram(o);
}

const LETTERS_BY_NAME: Record<string, true> = Object.fromEntries(Object.values(LETTERS).map((n) => [n, true]));

export const applet: Applet = { name: 'dash', run };
