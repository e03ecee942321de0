/**
 * dash's kill builtin (jobs.c): `kill [-s sig | -sig] pid...`, `kill -l [status]`. Signals by number
 * or case-insensitive name without SIG; pids must be decimal (`Illegal number: abc`); a failed
 * kill(2) warns with strerror's text and an empty line after it, as dash prints it, and makes the
 * status 1. There are no jobs (`%1` is `No such job: %1`). Recorded from dash 0.5.12.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import { makeContext } from '../programs.ts';
import { bashSignalName, SIGTERM } from '../applets/lib/signals.ts';
import { maySignal, ProcView } from '../applets/lib/proc-view.ts';

const NSIG = 65;

/** dash's signal_names: no STKFLT, and 32 and 33 by number. */
function signalName(n: number): string {
  if (n === 16 || n === 32 || n === 33) return String(n);
  return bashSignalName(n) ?? String(n);
}

function decodeSignal(s: string): number {
  if (/^[0-9]+$/.test(s)) {
    const n = Number(s);
    return n < NSIG ? n : -1;
  }
  for (let n = 1; n < NSIG; n++) if (signalName(n).toLowerCase() === s.toLowerCase()) return n;
  return -1;
}

class KillError {
  readonly msg: string;
  constructor(msg: string) {
    this.msg = msg;
  }
}

/** dash's number(): a non-negative decimal int. */
function number(s: string): number {
  if (!/^[0-9]+$/.test(s) || Number(s) > 2147483647) throw new KillError(`Illegal number: ${s}`);
  return Number(s);
}

const USAGE = 'Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]';

function parse(argv: string[]): { signo: number; list: boolean; rest: string[] } {
  let args = argv.slice(1);
  if (args.length === 0) throw new KillError(USAGE);
  let signo = -1;
  let list = false;
  if (args[0].startsWith('-')) {
    signo = decodeSignal(args[0].slice(1));
    if (signo < 0) {
      // nextopt("ls:") over the words that are options.
      while (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') {
        const w = args[0];
        args = args.slice(1);
        if (w === '--') break;
        for (let j = 1; j < w.length; j++) {
          const c = w[j];
          if (c === 'l') list = true;
          else if (c === 's') {
            let arg = w.slice(j + 1);
            if (arg === '') {
              if (args.length === 0) throw new KillError('No arg for -s option');
              arg = args[0];
              args = args.slice(1);
            }
            signo = decodeSignal(arg);
            if (signo < 0) throw new KillError(`invalid signal number or name: ${arg}`);
            break;
          } else throw new KillError(`Illegal option -${c}`);
        }
      }
    } else args = args.slice(1);
  }
  if (!list && signo < 0) signo = SIGTERM;
  if ((signo < 0 || args.length === 0) !== list) throw new KillError(USAGE);
  return { signo, list, rest: args };
}

async function run(b: BuiltinContext): Promise<number> {
  const { sh, interp } = b;
  let p: ReturnType<typeof parse>;
  try {
    p = parse(b.argv);
    if (p.list) {
      if (p.rest.length === 0) {
        let out = '0\n';
        for (let n = 1; n < NSIG; n++) out += `${signalName(n)}\n`;
        await b.stdout.write(out);
        return 0;
      }
      let n = number(p.rest[0]);
      if (n > 128) n -= 128;
      if (n > 0 && n < NSIG) {
        await b.stdout.write(`${signalName(n)}\n`);
        return 0;
      }
      throw new KillError(`invalid signal number or exit status: ${p.rest[0]}`);
    }
  } catch (e) {
    if (e instanceof KillError) return b.fail(e.msg, 2);
    throw e;
  }
  const ctx = makeContext(interp, {
    argv: b.argv, env: {}, cred: sh.cred, cwd: sh.cwd, umask: sh.umask, stdin: b.stdin, stdout: b.stdout, stderr: b.stderr, ppid: sh.pid,
  }, sh.pid, '');
  const view = new ProcView(ctx);
  let status = 0;
  for (const w of p.rest) {
    let pid: number;
    try {
      if (w.startsWith('%')) throw new KillError(`No such job: ${w}`);
      pid = w.startsWith('-') ? -number(w.slice(1)) : number(w);
    } catch (e) {
      if (e instanceof KillError) return b.fail(e.msg, 2);
      throw e;
    }
    const target = pid > 0 ? view.find(pid) : undefined;
    let err: string | undefined;
    if (target === undefined) err = 'No such process';
    else if (!maySignal(sh.cred.uid, target.info)) err = 'Operation not permitted';
    else if (p.signo !== 0 && !interp.host.services.processes.kill(target.info.pid, p.signo)) err = 'No such process';
    if (err !== undefined) {
      await b.error(`${err}\n`);
      status = 1;
    }
  }
  return status;
}

export const dashKill: Builtin = { name: 'kill', run };
