/**
 * trap [action] [signal...]: store actions. EXIT runs when the shell (script) exits; a signal's
 * action runs when a container's PID 1 shell gets that signal (`docker stop`, `docker kill -s`,
 * a forwarded Ctrl-C: shell/signals.ts); the session's own shells never get signals.
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';

const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM'];

/** The name a trap is stored under for signal number `n` (15 -> TERM). */
export function trapNameOf(n: number): string | undefined {
  return SIGNALS[n - 1];
}

function canonical(s: string): string | undefined {
  const up = s.toUpperCase().replace(/^SIG/, '');
  if (up === 'EXIT' || up === '0') return 'EXIT';
  if (/^[0-9]+$/.test(up)) {
    const n = Number(up);
    return n >= 1 && n <= SIGNALS.length ? SIGNALS[n - 1] : undefined;
  }
  if (SIGNALS.includes(up) || up === 'CHLD' || up === 'CONT' || up === 'STOP' || up === 'TSTP' || up === 'WINCH' || up === 'ERR' || up === 'DEBUG' || up === 'RETURN') return up;
  return undefined;
}

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  let args = b.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0 || (args[0] === '-p' && b.dialect !== 'dash')) {
    let out = '';
    for (const [sig, action] of sh.traps) {
      const name = sig === 'EXIT' || ash ? sig : `SIG${sig}`;
      out += `trap -- '${action.replace(/'/g, `'\\''`)}' ${name}\n`;
    }
    await b.stdout.write(out);
    return 0;
  }
  if (args[0] === '-l' && b.dialect !== 'dash') {
    await b.stdout.write(SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`).join('\t') + '\n');
    return 0;
  }
  if (args[0].startsWith('-') && args[0] !== '-') {
    if (ash) return b.fail(`${b.dialect === 'dash' ? 'Illegal' : 'illegal'} option ${args[0]}`, 2);
    await b.error(`${args[0].slice(0, 2)}: invalid option`);
    await b.stderr.write('trap: usage: trap [-lp] [[arg] signal_spec ...]\n');
    return 2;
  }
  let action: string | undefined = args[0];
  let sigs = args.slice(1);
  // `trap N...` with only signal numbers resets them.
  if (sigs.length === 0 || /^[0-9]+$/.test(action)) {
    sigs = args;
    action = undefined;
  }
  if (action === '-') action = undefined;
  let status = 0;
  for (const s of sigs) {
    const c = canonical(s);
    if (c === undefined) {
      if (b.dialect === 'dash') {
        // dash words this one itself, without its location, and goes on.
        await b.stderr.write(`trap: ${s}: bad trap\n`);
        return 1;
      }
      if (ash) return b.fail(`${s}: bad trap`, 1);
      await b.error(`${s}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (action === undefined) sh.traps.delete(c);
    else sh.traps.set(c, action);
  }
  return status;
}

export const trap: Builtin = { name: 'trap', special: true, run };
