/**
 * `sleep infinity` sets no timer (shell/applets/sleep.ts) and a client waiting without a deadline
 * for a container that has no timer of its own does not drive the clock (daemon/wait.ts): before,
 * each turn of the wait jumped an hour ("Up 2 weeks" after two real seconds), and each jump cost a
 * replay step. Real Docker: time passes at wall-clock speed, so a few seconds of waiting leave a
 * container "Up Less than a second"/"Up N seconds", never weeks. Replays must still match.
 */
import { describe, expect, it } from 'vitest';
import { LiveRun, replay } from '../../graders/replay.ts';
import { layers } from '../../graders/exercises/layers.ts';

const macrotask = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));
const PS = "docker ps -a --format '{{.Names}} {{.Status}}'";

async function start(): Promise<LiveRun<unknown>> {
  return LiveRun.start<unknown>(layers, { yieldControl: () => macrotask() });
}

async function sameOnReplay(live: LiveRun<unknown>, probe: string): Promise<string> {
  const sub = live.submission();
  await live.input({ line: probe });
  const again = await replay<unknown>(layers, sub.seed, sub.log);
  await again.input({ line: probe });
  expect(again.context().commands).toEqual(live.context().commands);
  expect(JSON.stringify(again.host.serialize())).toBe(JSON.stringify(live.host.serialize()));
  return live.context().commands.at(-1)!.output;
}

describe('sleep infinity', () => {
  it('in the shell: the clock stands still until Ctrl-C, and the replay stops it at the same step', async () => {
    const live = await start();
    const t0 = live.host.services.clock.now();
    const running = live.input({ line: 'sleep infinity' });
    await macrotask(100);
    expect(live.host.services.clock.now()).toBe(t0);
    live.interrupt();
    expect(await running).toEqual({ kind: 'done', status: 130 });
    const step = live.submission().log[0].interruptedAtStep;
    expect(step).toBeGreaterThan(0);
    expect(live.host.services.clock.now()).toBe(t0);
    await sameOnReplay(live, 'date +%s');
  });

  it('an attached docker run of it: the wait does not age the machine, even with a ticking neighbour', async () => {
    const live = await start();
    await live.input({ line: "docker run -d --name ticker alpine:3.20 sh -c 'while true; do sleep 1; done'" });
    const t0 = live.host.services.clock.now();
    const running = live.input({ line: 'docker run --name sl alpine:3.20 sleep infinity' });
    for (let i = 0; i < 3; i++) {
      await macrotask(100);
      live.interrupt();
    }
    expect(await running).toEqual({ kind: 'done', status: 1 });
    expect(live.host.services.clock.now() - t0).toBeLessThan(5000);
    // Each Ctrl-C landed with a step; none of the waiting cost steps by moving time.
    const input = live.submission().log[1].input ?? [];
    expect(input.map((e) => (e !== null && typeof e === 'object' ? e.interrupt : e))).toEqual(['busy', 'busy', 'busy']);
    const out = await sameOnReplay(live, PS);
    expect(out).toBe('sl Up Less than a second\nticker Up Less than a second\n');
  });

  it('docker stop still waits its 10 s grace period, then kills (137)', async () => {
    const live = await start();
    await live.input({ line: 'docker run -d --name sl alpine:3.20 sleep infinity' });
    const t0 = live.host.services.clock.now();
    await live.input({ line: 'docker stop sl' });
    expect(live.host.services.clock.now() - t0).toBe(10_000);
    expect(await sameOnReplay(live, PS)).toBe('sl Exited (137) Less than a second ago\n');
  });
});
