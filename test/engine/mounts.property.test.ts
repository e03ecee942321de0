/**
 * Property: random sequences of run / rm / volume commands never lose data in a named volume or a
 * bind mount while that volume (or host directory) is not removed.
 *
 * Every named volume gets a marker file with a fresh token as soon as it exists (written on the
 * host, in /var/lib/docker/volumes/<name>/_data), and the two bind directories get one at the
 * start. After every command:
 * - every named volume the daemon still has holds its marker with its token;
 * - a named volume may only have gone through `docker volume rm` or `docker volume prune -a`
 *   (never `docker rm -v`, `run --rm`, plain `volume prune` or `system prune --volumes`, which
 *   only remove anonymous volumes in Engine 28);
 * - the bind directories hold their markers (nothing removes them);
 * - a `cat` of a marker through a container prints the token.
 *
 * Kept small (60 sequences of up to 14 commands, about 5 s on 2 cores); replay a failure with
 * `PROPERTY_SEED=<seed>`, a longer soak with `PROPERTY_RUNS=500`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineSession, type EngineSession } from './engine-session.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';

const VOLUMES = ['v1', 'v2', 'v3'] as const;
const BINDS = ['/home/student/b1', '/home/student/b2'] as const;
const NAMES = ['c1', 'c2', 'c3'] as const;

const VOL = fc.constantFrom(...VOLUMES);
const BIND = fc.constantFrom(...BINDS);
const NAME = fc.constantFrom(...NAMES);

/** One mount option of `docker run`. */
const MOUNT = fc.oneof(
  VOL.map((v) => `-v ${v}:/data`),
  VOL.map((v) => `-v ${v}:/data:ro`),
  VOL.map((v) => `--mount type=volume,src=${v},dst=/data`),
  VOL.map((v) => `--mount type=volume,src=${v},dst=/data,volume-nocopy`),
  BIND.map((b) => `-v ${b}:/data`),
  BIND.map((b) => `--mount type=bind,src=${b},dst=/data,readonly`),
  fc.constant('-v /data'),
);

/** What the container does with /data: never the marker itself. */
const WORK = fc.constantFrom('true', 'ls /data', 'sh -c "echo x > /data/extra"', 'sh -c "rm -f /data/extra; mkdir -p /data/d"', 'sleep 1000', 'cat /data/marker');

type Op = { line: string; kind: 'run' | 'other' | 'volrm' | 'prune-all'; check?: string };

const RUN = fc.tuple(fc.constantFrom('', '-d', '--rm', '--rm -d'), fc.option(NAME, { nil: undefined }), MOUNT, WORK).map(([mode, name, mount, work]): Op => ({
  line: `docker run ${mode} ${name ? `--name ${name} ` : ''}${mount} busybox ${work}`.replace(/ +/g, ' '),
  kind: 'run',
}));

const OP: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: RUN },
  { weight: 2, arbitrary: VOL.map((v): Op => ({ line: `docker volume create ${v}`, kind: 'other' })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '-f', '-v', '-fv'), NAME).map(([f, n]): Op => ({ line: `docker rm ${f} ${n}`.replace(/ +/g, ' '), kind: 'other' })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('stop -t 0', 'start', 'restart -t 0', 'kill'), NAME).map(([c, n]): Op => ({ line: `docker ${c} ${n}`, kind: 'other' })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '-f'), VOL).map(([f, v]): Op => ({ line: `docker volume rm ${f} ${v}`.replace(/ +/g, ' '), kind: 'volrm' })) },
  { weight: 1, arbitrary: fc.constantFrom<Op>({ line: 'docker volume prune -f', kind: 'other' }, { line: 'docker volume prune -af', kind: 'prune-all' }) },
  { weight: 1, arbitrary: fc.constantFrom<Op>({ line: 'docker container prune -f', kind: 'other' }, { line: 'docker system prune -f --volumes', kind: 'other' }) },
  { weight: 2, arbitrary: VOL.map((v): Op => ({ line: `docker run --rm -v ${v}:/m busybox cat /m/marker`, kind: 'other', check: v })) },
  { weight: 1, arbitrary: BIND.map((b): Op => ({ line: `docker run --rm -v ${b}:/m busybox cat /m/marker`, kind: 'other', check: b })) },
);

const markerPath = (vol: string) => `/var/lib/docker/volumes/${vol}/_data/marker`;

function readMarker(s: EngineSession, path: string): string | null {
  try {
    return s.host.fs(ROOT).readText(path);
  } catch {
    return null;
  }
}

/** Named volumes the daemon has now. */
function namedVolumes(d: Daemon): Set<string> {
  return new Set(d.volumes.list().map((v) => v.Name).filter((n) => (VOLUMES as readonly string[]).includes(n)));
}

async function property(ops: Op[]): Promise<void> {
  const s = await engineSession();
  const d = s.host.listeners.get(DOCKER_SOCKET) as Daemon;
  const tokens = new Map<string, string>();
  let counter = 0;
  const fresh = () => `token-${++counter}\n`;
  const fs = s.host.fs(ROOT);
  for (const b of BINDS) {
    expect((await s.run(`mkdir -p ${b}`)).status).toBe(0);
    const t = fresh();
    fs.writeFile(`${b}/marker`, t);
    tokens.set(b, t);
  }
  const markNew = () => {
    for (const v of namedVolumes(d)) {
      if (tokens.has(v)) continue;
      const t = fresh();
      fs.writeFile(markerPath(v), t);
      tokens.set(v, t);
    }
  };
  markNew();
  for (const op of ops) {
    const before = namedVolumes(d);
    const r = await s.run(op.line);
    const after = namedVolumes(d);
    for (const v of before) {
      if (after.has(v)) continue;
      expect(op.kind === 'volrm' || op.kind === 'prune-all', `\`${op.line}\` removed named volume ${v}`).toBe(true);
      tokens.delete(v);
    }
    for (const v of after) {
      const want = tokens.get(v);
      if (want !== undefined) expect(readMarker(s, markerPath(v)), `${v} after \`${op.line}\``).toBe(want);
    }
    for (const b of BINDS) expect(readMarker(s, `${b}/marker`), `${b} after \`${op.line}\``).toBe(tokens.get(b));
    if (op.check !== undefined) {
      // A volume this very `run` created is new and empty (its marker comes after).
      const existed = op.check.startsWith('/') || before.has(op.check);
      if (existed) expect(r.stdout, `\`${op.line}\``).toBe(tokens.get(op.check));
    }
    markNew();
  }
}

const scale = Number(process.env.PROPERTY_RUNS) || 0;

describe('mounts keep their data', () => {
  it('random run / rm / volume commands never lose a named volume or bind mount marker', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(OP, { minLength: 1, maxLength: 14 }), (ops) => property(ops)),
      { numRuns: scale || 60, ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {}) },
    );
  }, 60_000);
});
