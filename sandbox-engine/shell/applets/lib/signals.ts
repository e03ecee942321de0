/**
 * Linux signal numbers and the names each implementation knows (x86-64), checked against
 * `kill -l` of bash 5.2, procps-ng 4.0.2 and busybox 1.35.
 */

/** Standard signals 1..31 as bash and glibc name them. */
const STANDARD = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM',
  'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO',
  'PWR', 'SYS',
];

export const SIGKILL = 9;
export const SIGTERM = 15;

/** bash's name for a signal number (without SIG), including the real-time range 34..64. */
export function bashSignalName(n: number): string | undefined {
  if (n === 0) return 'EXIT';
  if (n >= 1 && n <= 31) return STANDARD[n - 1];
  if (n === 34) return 'RTMIN';
  if (n >= 35 && n <= 49) return `RTMIN+${n - 34}`;
  if (n >= 50 && n <= 63) return `RTMAX-${64 - n}`;
  if (n === 64) return 'RTMAX';
  return undefined;
}

/** procps and busybox call 29 POLL in their lists (and accept IO as well). */
export function listName(n: number): string {
  return n === 29 ? 'POLL' : STANDARD[n - 1];
}

/**
 * A signal given by name or number: `9`, `KILL`, `SIGKILL`, `kill`, `RTMIN+1` (bash also takes 0 /
 * EXIT). Returns undefined when it is not one. `flavour` decides the accepted names: busybox knows
 * the standard ones plus POLL, bash and procps also the real-time ones.
 */
export function parseSignal(spec: string, flavour: 'bash' | 'procps' | 'busybox'): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n <= 64 ? n : undefined;
  }
  let name = spec.toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  if (name === 'POLL' && flavour !== 'bash') return 29;
  if (flavour === 'bash' && name === 'EXIT') return 0;
  const i = STANDARD.indexOf(name);
  if (i >= 0) return i + 1;
  if (flavour === 'busybox') return undefined;
  for (let n = 34; n <= 64; n++) if (bashSignalName(n) === name) return n;
  return undefined;
}

/** bash's `kill -l` table: "%2d) SIGNAME", five to a line, tab separated. */
export function bashSignalTable(): string {
  let out = '';
  let column = 0;
  for (let n = 1; n <= 64; n++) {
    const name = bashSignalName(n);
    if (n === 32 || n === 33 || name === undefined) continue;
    out += `${String(n).padStart(2, ' ')}) SIG${name}`;
    column++;
    out += column % 5 === 0 ? '\n' : '\t';
  }
  if (column % 5 !== 0) out += '\n';
  return out;
}

/** busybox `kill -l`: one "%2d) NAME" per line for 1..31. */
export function busyboxSignalList(): string {
  let out = '';
  for (let n = 1; n <= 31; n++) out += `${String(n).padStart(2, ' ')}) ${listName(n)}\n`;
  return out;
}

/** procps `kill -l`: the names, wrapped as it wraps them. */
export function procpsSignalList(): string {
  const names = Array.from({ length: 31 }, (_, i) => listName(i + 1));
  return names.slice(0, 16).join(' ') + '\n' + names.slice(16).join(' ') + '\n';
}

/** procps `kill -L`: "%2d %-8s" seven to a line, the last of a line unpadded. */
export function procpsSignalTable(): string {
  let out = '';
  for (let n = 1; n <= 31; n++) {
    const num = String(n).padStart(2, ' ');
    out += n % 7 === 0 ? `${num} ${listName(n)}\n` : `${num} ${listName(n).padEnd(8, ' ')}`;
  }
  return out + '\n';
}
