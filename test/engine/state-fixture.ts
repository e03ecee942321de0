/**
 * Helpers for the save/restore and determinism tests: a shell session as `student` on any host,
 * a save that goes through JSON text as a browser's storage or `dockersim --state` would, and a
 * check that saved data is plain JSON.
 *
 *   const sh = shellOn(host);
 *   await sh.run('docker run --name c1 busybox true');
 *   const back = reload(host);            // restoreHost(JSON.parse(JSON.stringify(host.serialize())))
 */
import { restoreHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';

export interface Result {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Shell {
  run(line: string): Promise<Result>;
  /** Every line run so far with what it printed, as one transcript. */
  transcript(): string;
}

export function shellOn(host: SimHost): Shell {
  const out = { stdout: '', stderr: '' };
  let log = '';
  const session = createSession({ host, tty: false, onOutput: (text, stream) => (out[stream] += text) });
  return {
    async run(line) {
      out.stdout = '';
      out.stderr = '';
      const r = await session.input(line);
      if (r.kind !== 'done') throw new Error(`\`${line}\` did not complete (${r.kind})`);
      log += `$ ${line}\n${out.stdout}${out.stderr === '' ? '' : `[stderr]\n${out.stderr}`}[${r.status}]\n`;
      return { stdout: out.stdout, stderr: out.stderr, status: r.status };
    },
    transcript: () => log,
  };
}

/** Run lines one after the other; any failure (non-zero status) throws with its stderr. */
export async function runAll(sh: Shell, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    const r = await sh.run(line);
    if (r.status !== 0) throw new Error(`\`${line}\` failed with ${r.status}: ${r.stderr}`);
  }
}

/** The saved host as text, the form it is stored in. */
export function saveText(host: SimHost): string {
  return JSON.stringify(host.serialize());
}

/** Save through JSON text and restore: what a reload of the page or a second dockersim run does. */
export function reload(host: SimHost): SimHost {
  return restoreHost(JSON.parse(saveText(host)));
}

/** Throws naming the first value that is not plain JSON (Map, Set, bytes, undefined, NaN, class instance). */
export function assertPlainJSON(v: unknown, where = '$'): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${where}: ${v} is not a JSON number`);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => assertPlainJSON(x, `${where}[${i}]`));
    return;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) throw new Error(`${where}.${k} is undefined`);
      assertPlainJSON(x, `${where}.${k}`);
    }
    return;
  }
  throw new Error(`${where}: ${typeof v === 'object' ? (v as object).constructor?.name : typeof v} is not plain JSON`);
}

/** Where two saved states first differ, with some context (null when equal): readable failures. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}:\n  ${a.slice(Math.max(0, i - 160), i + 80)}\n  ${b.slice(Math.max(0, i - 160), i + 80)}`;
}
