/**
 * A simulated Docker host for engine tests: `createHost({ seed: 1 })` + a shell session as
 * `student`, with `run(line)` returning what the line printed and its status.
 *
 *   const s = await engineSession();          // busybox:latest already pulled
 *   const r = await s.run('docker ps -a');     // { stdout, stderr, status }
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface EngineSession {
  host: SimHost;
  run(line: string): Promise<RunResult>;
}

export async function engineSession(opts: { images?: readonly string[] } = {}): Promise<EngineSession> {
  const host = createHost({ seed: 1 });
  const out = { stdout: '', stderr: '' };
  const session = createSession({
    host,
    tty: false,
    onOutput: (text, stream) => {
      out[stream] += text;
    },
  });
  const run = async (line: string): Promise<RunResult> => {
    out.stdout = '';
    out.stderr = '';
    const r = await session.input(line);
    if (r.kind !== 'done') throw new Error(`\`${line}\` did not complete (${r.kind})`);
    return { stdout: out.stdout, stderr: out.stderr, status: r.status };
  };
  for (const image of opts.images ?? ['busybox:latest']) {
    const r = await run(`docker pull -q ${image}`);
    if (r.status !== 0) throw new Error(`docker pull ${image} failed: ${r.stderr}`);
  }
  return { host, run };
}

/** 64-hex IDs and their 12-hex prefixes replaced by <id1>, <id2>... in order of appearance. */
export function normalizeIDs(text: string): string {
  const seen = new Map<string, string>();
  const name = (hex: string) => {
    let n = seen.get(hex);
    if (!n) {
      n = `<id${seen.size + 1}>`;
      seen.set(hex, n);
    }
    return n;
  };
  let s = text.replace(/[0-9a-f]{64}/g, name);
  s = s.replace(/\b[0-9a-f]{12}\b/g, (short) => {
    for (const [hex, n] of seen) if (hex.startsWith(short)) return `${n}[:12]`;
    return name(short);
  });
  return s;
}
