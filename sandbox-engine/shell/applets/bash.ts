/**
 * bash, sh, ash: the simulator's shell as a program. `bash FILE [args]`, `bash -c 'cmds' [name
 * [args]]`, or a script on standard input (`echo 'ls' | sh`). Options -e -u -x -v -f -C -a and
 * `-o name` set shell options; -i, -l, -s, --login, --norc, --noprofile are accepted. On a
 * terminal with no script it is an interactive shell (nested-shell.ts); from any other stdin it
 * reads and runs commands as they come (bash a line at a time, ash a buffer at a time), leaving
 * the rest of stdin to them (interpreter.ts runShellFromInput).
 *
 * Runs only inside the simulator's shell (it needs the host and the session's step budget, which
 * the shell puts in the ProcessContext); elsewhere it says so and exits 126.
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
  u: 'nounset',
  x: 'xtrace',
  v: 'verbose',
  f: 'noglob',
  C: 'noclobber',
  a: 'allexport',
  n: 'noexec',
};

const VERSION = `GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

const USAGE = `Usage:\tbash [GNU long option] [option] ...
\tbash [GNU long option] [option] script-file ...
GNU long options:
\t--debug
\t--debugger
\t--dump-po-strings
\t--dump-strings
\t--help
\t--init-file
\t--login
\t--noediting
\t--noprofile
\t--norc
\t--posix
\t--pretty-print
\t--rcfile
\t--restricted
\t--verbose
\t--version
Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
`;

async function run(ctx: ProcessContext): Promise<number> {
  const a0 = ctx.argv[0] ?? 'bash';
  const base = a0.slice(a0.lastIndexOf('/') + 1).replace(/^-/, '') || 'bash';
  // busybox names itself by argv[0] as typed (`/bin/sh: x: not found` in a Dockerfile's RUN).
  const name = ctx.flavour === 'busybox' ? a0 || 'sh' : base === 'bash' ? 'bash' : base;
  if (!isShellContext(ctx)) {
    await ctx.stderr.write(`${name}: cannot run outside the simulated shell\n`);
    return 126;
  }
  const args = ctx.argv.slice(1);
  const options: Partial<ShellOptions> = {};
  let command: string | undefined;
  let useC = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a.startsWith('--') && ctx.flavour === 'gnu') {
      if (a === '--version') {
        await ctx.stdout.write(VERSION);
        return 0;
      }
      if (a === '--help') {
        await ctx.stdout.write(`GNU bash, version 5.2.15(1)-release-(x86_64-pc-linux-gnu)\n${USAGE}`);
        return 0;
      }
      if (['--login', '--norc', '--noprofile', '--posix', '--noediting', '--verbose', '--restricted'].includes(a)) continue;
      await ctx.stderr.write(`${name}: ${a}: invalid option\n${USAGE}`);
      return 2;
    }
    if ((a[0] !== '-' && a[0] !== '+') || a.length < 2) break;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'c') useC = true;
      else if (c === 'o') {
        const opt = args[++i];
        if (opt === undefined) break;
        if (opt === 'pipefail' || opt in LETTERS_BY_NAME) (options as Record<string, boolean>)[opt] = on;
      } else if (LETTERS[c]) options[LETTERS[c]] = on;
      else if ('ilsmhBHPTkptDrE'.includes(c)) continue;
      else {
        if (ctx.flavour === 'busybox') await ctx.stderr.write(`${name}: -${c}: invalid option\n`);
        else await ctx.stderr.write(`${name}: -${c}: invalid option\n${USAGE}`);
        return 2;
      }
    }
  }
  const rest = args.slice(i);
  const shell = ctx.shell;
  let mode: 'file' | 'command' = 'command';
  let source: string;
  let arg0 = name;
  let positional: string[] = [];
  if (useC) {
    command = rest[0];
    if (command === undefined) {
      await ctx.stderr.write(ctx.flavour === 'busybox' ? `${name}: -c requires an argument\n` : `${name}: -c: option requires an argument\n`);
      return 2;
    }
    source = command;
    if (rest.length > 1) arg0 = rest[1];
    positional = rest.slice(2);
  } else if (rest.length > 0) {
    const file = rest[0];
    try {
      const st = ctx.fs.stat(file);
      if (st.kind === 'dir') {
        if (ctx.flavour === 'busybox') return 0;
        await ctx.stderr.write(`${file}: ${file}: Is a directory\n`);
        return 126;
      }
      source = ctx.fs.readText(file);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (ctx.flavour === 'busybox') await ctx.stderr.write(`${name}: can't open '${file}': ${strerror(e.code)}\n`);
      else await ctx.stderr.write(`${name}: ${file}: ${strerror(e.code)}\n`);
      return e.code === 'ENOENT' ? 127 : 126;
    }
    mode = 'file';
    arg0 = file;
    positional = rest.slice(1);
  } else if (ctx.stdin.isTTY && !useC) {
    return runNestedInteractive(ctx, name, ctx.flavour === 'busybox' ? 'ash' : 'bash');
  } else {
    // Commands from stdin: read and run a chunk at a time, leaving the rest to them.
    const stdin = new ShellInput(ctx.stdin);
    const byLine = ctx.flavour === 'gnu';
    return runShellFromInput(
      {
        host: shell.host,
        rt: shell.rt,
        flavour: ctx.flavour,
        mode,
        name,
        source: '',
        positional: [],
        env: ctx.env,
        cred: shell.cred,
        cwd: ctx.fs.cwd,
        umask: shell.umask,
        stdin,
        stdout: ctx.stdout,
        stderr: ctx.stderr,
        ppid: ctx.pid,
        tty: shell.tty,
        columns: ctx.columns,
        pid: ctx.pid,
        options,
      },
      () => stdin.next(byLine),
    );
  }
  return runShellProgram({
    host: shell.host,
    rt: shell.rt,
    flavour: ctx.flavour,
    mode,
    name: mode === 'command' && !useC ? name : arg0,
    source,
    positional,
    env: ctx.env,
    cred: shell.cred,
    cwd: ctx.fs.cwd,
    umask: shell.umask,
    stdin: ctx.stdin,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    ppid: ctx.pid,
    tty: shell.tty,
    columns: ctx.columns,
    pid: ctx.pid,
    options,
  });
}

const LETTERS_BY_NAME: Record<string, true> = Object.fromEntries(Object.values(LETTERS).map((n) => [n, true]));

export const applet: Applet = { name: 'bash', run };
