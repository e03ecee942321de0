/**
 * kill: send a signal to processes, as bash's builtin (gnu with ctx.messagePrefix set), procps'
 * /bin/kill (gnu from PATH) and busybox kill (also ash's builtin, whose messages start `sh: `).
 * PIDs are those of the caller's PID namespace (lib/proc-view.ts); a user may signal only their own
 * processes. Process groups (0, -PGID) are not modelled: they report "No such process".
 * Recorded from bash 5.2, procps-ng 4.0.2 and busybox 1.35:
 *   kill 999999       -> "bash: line 1: kill: (999999) - No such process", 1
 *   kill 1 (not root) -> "bash: line 1: kill: (1) - Operation not permitted", 1
 *   kill abc          -> "bash: line 1: kill: abc: arguments must be process or job IDs", 1
 *   kill -x 1         -> "bash: line 1: kill: x: invalid signal specification", 1
 *   kill              -> "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]", 2
 *   /bin/kill 999999  -> "/bin/kill: (999999): No such process", 1
 *   busybox kill 999999 -> "kill: can't kill pid 999999: No such process" (status = number of failures)
 *   busybox kill      -> "kill: you need to specify whom to kill", 1
 */
import type { Applet, ProcessContext } from '../process.ts';
import { progName } from './lib/parse-options.ts';
import { busyboxHelp } from './lib/sys-usage.ts';
import { BASH_KILL_HELP } from './lib/bash-help-sys.ts';
import { maySignal, ProcView } from './lib/proc-view.ts';
import {
  bashSignalName,
  bashSignalTable,
  busyboxSignalList,
  listName,
  parseSignal,
  procpsSignalList,
  procpsSignalTable,
  SIGTERM,
} from './lib/signals.ts';

type Outcome = 'ok' | 'ESRCH' | 'EPERM';

const ERRTEXT: Record<Exclude<Outcome, 'ok'>, string> = { ESRCH: 'No such process', EPERM: 'Operation not permitted' };

/** kill(2) for the viewer's PID `pid`. */
function send(ctx: ProcessContext, view: ProcView, pid: number, sig: number): Outcome {
  const uid = ctx.fs.cred.uid;
  if (pid === -1) {
    // Every process the caller may signal except init and itself.
    const targets = view.list().filter((p) => p.pid !== 1 && p.info.pid !== ctx.pid && maySignal(uid, p.info));
    if (targets.length === 0) return 'ESRCH';
    if (sig !== 0) for (const t of targets) ctx.host.processes.kill(t.info.pid, sig);
    return 'ok';
  }
  if (pid <= 0) return 'ESRCH';
  const target = view.find(pid);
  if (!target) return 'ESRCH';
  if (!maySignal(uid, target.info)) return 'EPERM';
  if (sig === 0) return 'ok';
  return ctx.host.processes.kill(target.info.pid, sig) ? 'ok' : 'ESRCH';
}

const BASH_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

async function bashKill(ctx: ProcessContext): Promise<number> {
  const p = `${ctx.messagePrefix}kill: `;
  const args = ctx.argv.slice(1);
  if (args[0] === '--help') {
    await ctx.stdout.write(BASH_KILL_HELP);
    return 2;
  }
  let sig = SIGTERM;
  let sawSignal = false;
  let listing = false;
  let i = 0;
  const badSpec = async (spec: string) => {
    await ctx.stderr.write(`${p}${spec}: invalid signal specification\n`);
    return 1;
  };
  while (i < args.length) {
    const w = args[i];
    if (w === '-l' || w === '-L') {
      listing = true;
      i++;
    } else if (w === '-s' || w === '-n') {
      if (i + 1 >= args.length) {
        await ctx.stderr.write(`${p}${w}: option requires an argument\n`);
        return 1;
      }
      const s = parseSignal(args[i + 1], 'bash');
      if (s === undefined) return badSpec(args[i + 1]);
      sig = s;
      sawSignal = true;
      i += 2;
    } else if (w === '--') {
      i++;
      break;
    } else if (w.startsWith('-') && w.length > 1 && !sawSignal) {
      const s = parseSignal(w.slice(1), 'bash');
      if (s === undefined) return badSpec(w.slice(1));
      sig = s;
      sawSignal = true;
      i++;
    } else break;
  }
  const rest = args.slice(i);
  if (listing) {
    if (rest.length === 0) {
      await ctx.stdout.write(bashSignalTable());
      return 0;
    }
    let status = 0;
    for (const a of rest) {
      if (/^\d+$/.test(a)) {
        let n = Number(a);
        if (n > 128) n -= 128;
        const name = bashSignalName(n);
        if (name === undefined) status = await badSpec(a);
        else await ctx.stdout.write(name + '\n');
      } else {
        const n = parseSignal(a, 'bash');
        if (n === undefined) status = await badSpec(a);
        else await ctx.stdout.write(`${n}\n`);
      }
    }
    return status;
  }
  if (rest.length === 0) {
    await ctx.stderr.write(BASH_USAGE);
    return 2;
  }
  const view = new ProcView(ctx);
  let status = 0;
  for (const w of rest) {
    ctx.tick();
    const digits = w.startsWith('-') ? w.slice(1) : w;
    if (digits !== '' && /^\d+$/.test(digits)) {
      const pid = Number(w);
      const r = send(ctx, view, pid, sig);
      if (r !== 'ok') {
        await ctx.stderr.write(`${p}(${pid}) - ${ERRTEXT[r]}\n`);
        status = 1;
      }
    } else if (w !== '' && !w.startsWith('%')) {
      await ctx.stderr.write(`${p}${w}: arguments must be process or job IDs\n`);
      status = 1;
    } else if (w !== '') {
      // Jobs belong to the shell; one that reaches here is not among them.
      await ctx.stderr.write(`${p}${w}: no such job\n`);
      status = 1;
    } else {
      await ctx.stderr.write(`${p}\`': not a pid or valid job spec\n`);
      status = 1;
    }
  }
  return status;
}

const PROCPS_USAGE =
  '\nUsage:\n kill [options] <pid> [...]\n\nOptions:\n <pid> [...]            send signal to every <pid> listed\n -<signal>, -s, --signal <signal>\n                        specify the <signal> to be sent\n -q, --queue <value>    integer value to be sent with the signal\n -l, --list=[<signal>]  list all signal names, or convert one to a name\n -L, --table            list all signal names in a nice table\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see kill(1).\n';

async function procpsKill(ctx: ProcessContext): Promise<number> {
  const prog = progName(ctx, 'kill');
  const args = ctx.argv.slice(1);
  let sig: number | undefined = SIGTERM;
  let i = 0;
  const usage = async (msg?: string) => {
    await ctx.stderr.write((msg ? `${prog}: ${msg}\n` : '') + PROCPS_USAGE);
    return 1;
  };
  const a0 = args[0];
  if (a0 === '-l' || a0 === '--list' || a0?.startsWith('--list=')) {
    const spec = a0.startsWith('--list=') ? a0.slice(7) : args[1];
    if (spec === undefined) {
      await ctx.stdout.write(procpsSignalList());
      return 0;
    }
    const n = /^\d+$/.test(spec) ? Number(spec) : parseSignal(spec, 'procps');
    if (n === undefined || n < 1 || n > 31) await ctx.stderr.write(`${prog}: unknown signal name ${spec}\n`);
    else await ctx.stdout.write(/^\d+$/.test(spec) ? `${listName(n)}\n` : `${n}\n`);
    return 0;
  }
  if (a0 === '-L' || a0 === '--table') {
    await ctx.stdout.write(procpsSignalTable());
    return 0;
  }
  if (a0 === '-V' || a0 === '--version') {
    await ctx.stdout.write('kill from procps-ng 4.0.2\n');
    return 0;
  }
  if (a0 === '-h' || a0 === '--help') {
    await ctx.stdout.write(PROCPS_USAGE);
    return 0;
  }
  while (i < args.length) {
    const w = args[i];
    if (w === '--') {
      i++;
      break;
    }
    if (w === '-s' || w === '--signal') {
      if (i + 1 >= args.length) return usage(`invalid argument ${w === '-s' ? 's' : w}`);
      // An unknown name makes kill(2) itself fail with EINVAL for every PID.
      sig = parseSignal(args[i + 1], 'procps');
      i += 2;
      continue;
    }
    if (w.startsWith('-') && w.length > 1 && !/^-\d+$/.test(w.slice(1))) {
      const s = parseSignal(w.slice(1), 'procps');
      if (s === undefined) return usage(`invalid argument ${w[1]}`);
      sig = s;
      i++;
      continue;
    }
    break;
  }
  const pids = args.slice(i);
  if (pids.length === 0) return usage();
  const view = new ProcView(ctx);
  let status = 0;
  for (const w of pids) {
    ctx.tick();
    if (!/^-?\d+$/.test(w)) {
      await ctx.stderr.write(w === '' ? `${prog}: failed to parse argument: '': No such file or directory\n` : `${prog}: failed to parse argument: '${w}'\n`);
      status = 1;
      continue;
    }
    const pid = Number(w);
    if (sig === undefined) {
      await ctx.stderr.write(`${prog}: (${pid}): Invalid argument\n`);
      status = 1;
      continue;
    }
    const r = send(ctx, view, pid, sig);
    if (r !== 'ok') {
      await ctx.stderr.write(`${prog}: (${pid}): ${ERRTEXT[r]}\n`);
      status = 1;
    }
  }
  return status;
}

async function busyboxKill(ctx: ProcessContext): Promise<number> {
  if (ctx.messagePrefix === '') {
    const help = await busyboxHelp(ctx, 'kill');
    if (help !== null) return help;
  }
  const p = ctx.messagePrefix !== '' ? ctx.messagePrefix : `${progName(ctx, 'kill')}: `;
  const args = ctx.argv.slice(1);
  let i = 0;
  let sig = SIGTERM;
  const first = args[0];
  if (first === '-l') {
    const rest = args.slice(1);
    if (rest.length === 0) {
      await ctx.stdout.write(busyboxSignalList());
      return 0;
    }
    for (const a of rest) {
      if (/^\d+$/.test(a)) {
        let n = Number(a);
        if (n > 128) n -= 128;
        await ctx.stdout.write((n === 0 ? 'EXIT' : n >= 1 && n <= 31 ? listName(n) : String(n)) + '\n');
        continue;
      }
      const n = a.toUpperCase().replace(/^SIG/, '') === 'EXIT' ? 0 : parseSignal(a, 'busybox');
      if (n === undefined) {
        await ctx.stderr.write(`${p}unknown signal '${a}'\n`);
        return 1;
      }
      await ctx.stdout.write(`${n}\n`);
    }
    return 0;
  }
  if (first !== undefined && first.startsWith('-') && first.length > 1) {
    let spec = first.slice(1);
    i = 1;
    if (first === '--') spec = '';
    else if (first === '-s' && args.length > 1) {
      spec = args[1];
      i = 2;
    }
    if (spec !== '') {
      const s = parseSignal(spec, 'busybox');
      if (s === undefined) {
        await ctx.stderr.write(`${p}bad signal name '${spec}'\n`);
        return 1;
      }
      sig = s;
      if (args[i] === '--') i++;
    }
  }
  const pids = args.slice(i);
  if (pids.length === 0) {
    await ctx.stderr.write(`${p}you need to specify whom to kill\n`);
    return 1;
  }
  const view = new ProcView(ctx);
  let errors = 0;
  for (const w of pids) {
    ctx.tick();
    if (w === '') continue; // busybox skips an empty argument silently
    if (!/^-?\d+$/.test(w)) {
      await ctx.stderr.write(`${p}invalid number '${w}'\n`);
      errors++;
      continue;
    }
    const pid = Number(w);
    const r = send(ctx, view, pid, sig);
    if (r !== 'ok') {
      await ctx.stderr.write(`${p}can't kill pid ${pid}: ${ERRTEXT[r]}\n`);
      errors++;
    }
  }
  return Math.min(errors, 255);
}

export const applet: Applet = {
  name: 'kill',
  run(ctx) {
    if (ctx.flavour === 'busybox') return busyboxKill(ctx);
    return ctx.messagePrefix !== '' ? bashKill(ctx) : procpsKill(ctx);
  },
};
