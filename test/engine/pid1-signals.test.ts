/**
 * Signals to a shell that is a container's PID 1 (shell/signals.ts, runtime/container-process.ts).
 * Recorded with CLI 28.2.2 against the reference engine (Engine 20.10, alpine 3.20 = busybox ash;
 * ubuntu 24.04's sh = dash): `docker run -d --name N IMG sh -c CMD`, 1 s later `docker kill -s SIG N`
 * (or `docker stop N`), then `docker wait N` and `docker logs N`:
 *   stop, 'trap "echo bye; exit 0" TERM; while true; do sleep 1; done' -> logs bye, exit 0, stop
 *        took 0.02 s (the loop's `sleep 1` then ended; never the 10 s timeout)
 *   INT  'sleep 3; echo x'                 -> 130 once the sleep ended, no x (ash and dash)
 *   INT  'while true; do sleep 1; done'    -> 130 within a second
 *   INT  'echo a; sleep 3'                 -> a, 0 (ash execs the last command: sleep is PID 1)
 *   TERM 'sleep 3; echo x'                 -> x, 0
 *   TERM 'trap "echo bye" TERM; sleep 3; echo after; sleep 1; echo end' -> bye after end, 0
 *   TERM 'trap "echo bye; exit 3" TERM; sleep 5; echo after' -> bye, 3 (after the 5 s sleep)
 *   INT  'trap "echo got int" INT; sleep 3; echo after' -> got int, after, 0
 */
import { describe, expect, it } from 'vitest';
import { engine, type Engine } from './lifecycle-fixture.ts';

async function started(e: Engine, name: string, cmd: string): Promise<void> {
  const r = await e.run(`docker run -d --name ${name} alpine sh -c '${cmd}'`);
  expect(r.status).toBe(0);
}

async function outcome(e: Engine, name: string): Promise<{ code: string; logs: string }> {
  const code = (await e.run(`docker wait ${name}`)).stdout.trim();
  const logs = (await e.run(`docker logs ${name}`)).stdout;
  return { code, logs };
}

describe('a shell as PID 1', () => {
  it('runs its TERM trap on docker stop once the running sleep ends, not after the timeout', async () => {
    const e = await engine();
    await started(e, 'trapper', 'trap "echo bye; exit 0" TERM; while true; do sleep 1; done');
    const t0 = e.host.clock.now();
    expect(await e.run('docker stop trapper')).toEqual({ stdout: 'trapper\n', stderr: '', status: 0 });
    expect(e.host.clock.now() - t0).toBeLessThanOrEqual(1000);
    expect(await outcome(e, 'trapper')).toEqual({ code: '0', logs: 'bye\n' });
  });

  it('ash ends with 130 on SIGINT after its current command, without running the rest', async () => {
    const e = await engine();
    await started(e, 'i1', 'sleep 3; echo x');
    await started(e, 'i2', 'while true; do sleep 1; done');
    expect((await e.run('docker kill -s INT i1 i2')).status).toBe(0);
    expect(await outcome(e, 'i1')).toEqual({ code: '130', logs: '' });
    expect(await outcome(e, 'i2')).toEqual({ code: '130', logs: '' });
  });

  it('the last command of -c is exec\'d: SIGINT then reaches it, not the shell', async () => {
    const e = await engine();
    await started(e, 'last', 'echo a; sleep 3');
    await e.run('docker kill -s INT last');
    expect(await outcome(e, 'last')).toEqual({ code: '0', logs: 'a\n' });
  });

  it('ignores untrapped TERM; a trap without exit runs and the script goes on', async () => {
    const e = await engine();
    await started(e, 'term', 'sleep 3; echo x');
    await started(e, 'goes', 'trap "echo bye" TERM; sleep 3; echo after; sleep 1; echo end');
    await started(e, 'code', 'trap "echo bye; exit 3" TERM; sleep 5; echo after');
    await started(e, 'int', 'trap "echo got int" INT; sleep 3; echo after');
    await e.run('docker kill -s TERM term goes code');
    await e.run('docker kill -s INT int');
    expect(await outcome(e, 'term')).toEqual({ code: '0', logs: 'x\n' });
    expect(await outcome(e, 'goes')).toEqual({ code: '0', logs: 'bye\nafter\nend\n' });
    expect(await outcome(e, 'code')).toEqual({ code: '3', logs: 'bye\n' });
    expect(await outcome(e, 'int')).toEqual({ code: '0', logs: 'got int\nafter\n' });
  });

  it('a trap set to the empty string ignores the signal', async () => {
    // Not recorded on the engine: POSIX `trap '' SIG` ignores it; docker stop must then time out.
    const e = await engine();
    await started(e, 'ign', 'trap "" TERM; while true; do sleep 1; done');
    const t0 = e.host.clock.now();
    await e.run('docker stop ign');
    expect(e.host.clock.now() - t0).toBe(10_000);
    expect((await outcome(e, 'ign')).code).toBe('137');
  });
});
