/**
 * Test support (not used by the engine): a host whose applet registry holds every applet file that
 * exists, with stub binaries in /usr/bin for those the generated registry does not list yet, and a
 * session that collects its output.
 */
import { createHost, type SimHost } from '../host/host.ts';
import { APPLETS } from './applets/index.ts';
import { elfStub } from '../host/binaries.ts';
import { ROOT } from '../vfs/types.ts';
import type { Applet, Flavour } from './process.ts';
import { createSession, type ExtendedShellSession, type ShellSessionOptions } from './session.ts';
import type { InputResult } from './session-types.ts';
import type { Dialect } from './dialect.ts';

const NAMES = [
  'bash', 'cat', 'ls', 'echo', 'printf', 'pwd', 'kill', 'true', 'false', 'head', 'tail', 'wc', 'grep', 'sort', 'uniq',
  'tr', 'cut', 'mkdir', 'rm', 'rmdir', 'touch', 'cp', 'mv', 'ln', 'chmod', 'chown', 'env', 'xargs', 'sleep', 'yes', 'tee',
  'id', 'whoami', 'date', 'uname', 'hostname', 'test', 'sudo', 'find', 'sed', 'stat', 'basename', 'dirname', 'which',
  'clear', 'seq', 'expr', 'du', 'df', 'ps', 'awk', 'tree',
];

let loaded: Promise<void> | undefined;

async function loadApplets(): Promise<void> {
  const map = APPLETS as Map<string, Applet>;
  for (const n of NAMES) {
    if (map.has(n)) continue;
    try {
      const m = (await import(`./applets/${n}.ts`)) as { applet?: Applet };
      if (m.applet) map.set(n, m.applet);
    } catch {
      // not written yet
    }
  }
  if (map.has('test') && !map.has('[')) map.set('[', map.get('test')!);
  if (map.has('bash')) {
    if (!map.has('sh')) map.set('sh', map.get('bash')!);
    if (!map.has('ash')) map.set('ash', map.get('bash')!);
  }
}

export async function testHost(flavour: Flavour = 'gnu'): Promise<SimHost> {
  loaded ??= loadApplets();
  await loaded;
  const host = createHost({ seed: 1, flavour });
  if (flavour === 'gnu') {
    const root = host.fs(ROOT, '/');
    for (const name of APPLETS.keys()) {
      if (name === 'sh' || name === 'ash') continue;
      const p = `/usr/bin/${name}`;
      if (root.exists(p)) continue;
      root.writeFile(p, elfStub(name === '[' ? 'test' : name), { mode: 0o755 });
      root.chmod(p, 0o755);
    }
  }
  return host;
}

export interface TestSession {
  session: ExtendedShellSession;
  host: SimHost;
  /** Feed lines; returns stdout and stderr produced, and the last result. */
  run(...lines: string[]): Promise<{ out: string; err: string; all: string; result: InputResult }>;
  /** Run a script as `bash -c` (mode 'command') or `bash FILE` (or the dialect's shell); returns its output and status. */
  script(source: string, o?: { name?: string; args?: string[]; mode?: 'file' | 'command'; dialect?: Dialect }): Promise<{ out: string; err: string; all: string; status: number }>;
}

export async function testSession(opts: Partial<ShellSessionOptions> & { flavour?: Flavour } = {}): Promise<TestSession> {
  const host = (opts.host as SimHost | undefined) ?? (await testHost(opts.flavour ?? 'gnu'));
  let out = '';
  let err = '';
  let all = '';
  const session = createSession({
    ...opts,
    host,
    onOutput: (t, s) => {
      if (s === 'stdout') out += t;
      else err += t;
      all += t;
    },
  });
  return {
    session,
    host,
    async run(...lines: string[]) {
      out = '';
      err = '';
      all = '';
      let result: InputResult = { kind: 'done', status: 0 };
      for (const l of lines) result = await session.input(l);
      return { out, err, all, result };
    },
    async script(source, o) {
      out = '';
      err = '';
      all = '';
      const status = await session.runScript(source, o);
      return { out, err, all, status };
    },
  };
}
