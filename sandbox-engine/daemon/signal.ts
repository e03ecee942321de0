/**
 * Signal names as the daemon parses them (moby/sys/signal v0.7 ParseSignal + SignalMap for Linux,
 * vendored by moby v28.5.2): a number, or a name with or without SIG in any case. Unknown names
 * and 0 are `invalid signal: <raw>`; numbers outside the map (32, 33, > 64) are refused later by
 * ValidSignalForPlatform.
 */
import { invalidParameter } from '../errdefs/errors.ts';

const STANDARD: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, POLL: 29, PWR: 30, SYS: 31,
};

function signalMap(): Map<string, number> {
  const m = new Map(Object.entries(STANDARD));
  m.set('RTMIN', 34);
  for (let i = 1; i <= 15; i++) m.set(`RTMIN+${i}`, 34 + i);
  for (let i = 14; i >= 1; i--) m.set(`RTMAX-${i}`, 64 - i);
  m.set('RTMAX', 64);
  return m;
}

export const SIGNAL_MAP: ReadonlyMap<string, number> = signalMap();

/** ParseSignal; throws InvalidParameter with moby's text. */
export function parseSignal(raw: string): number {
  if (/^[+-]?\d+$/.test(raw)) {
    const n = Number(raw);
    if (n === 0 || !Number.isSafeInteger(n)) throw invalidParameter(`invalid signal: ${raw}`);
    return n;
  }
  let name = raw.toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  const n = SIGNAL_MAP.get(name);
  if (n === undefined) throw invalidParameter(`invalid signal: ${raw}`);
  return n;
}

/** ValidSignalForPlatform: the number is one of the map's. */
export function validSignal(n: number): boolean {
  for (const v of SIGNAL_MAP.values()) if (v === n) return true;
  return false;
}
