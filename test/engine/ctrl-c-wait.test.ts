/**
 * Ctrl-C while a docker client waits for its container without handing it the terminal (attached
 * `docker run` without -it, `docker attach`, `docker start -a`), live and replayed.
 *
 * Real behaviour, recorded with CLI 28.2.2 on the reference engine through a pty (python's pty,
 * as script(1) gives one) and read in docker/cli v28.5.2 (run.go, signals.go ForwardAllSignals,
 * cmd/docker/docker.go forceExitAfter3TerminationSignals):
 * - `docker run --name sl alpine sleep infinity`, Ctrl-C ×3 → `^C^C^C` then
 *   "\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n" on stderr, status 1; `sl` stays Up (each SIGINT
 *   was forwarded; PID 1 `sleep` has no handler and ignores it). Same with `-i`, `-t`,
 *   `--sig-proxy=false` and `docker attach`.
 * - `docker run --init ... sleep infinity`, one Ctrl-C → status 130, Exited (130) (docker-init
 *   passes SIGINT on to sleep, which dies of it).
 * - `docker start -a` of `sleep infinity`, one Ctrl-C → status 0 at once, the container still Up.
 *
 * The replay must reach the same state: each Ctrl-C is logged with the session step at which it
 * landed, and the waiting client charges a step when its wait begins and each time it moves the
 * virtual clock (daemon/wait.ts), so a replayed Ctrl-C lands after the same timers fell due.
 */
import { describe, expect, it } from 'vitest';
import { LiveRun, replay } from '../../graders/replay.ts';
import { layers } from '../../graders/exercises/layers.ts';
import type { LogEntry } from '../../graders/model.ts';
import { EngineHost } from '../../site/lib/terminal/engine-host.ts';
import type { FromWorker, LessonState, ToWorker } from '../../site/lib/terminal/protocol.ts';

const macrotask = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));
const FORCED = '\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n';
const PS = "docker ps -a --format '{{.Names}} {{.Status}}'";
// A container whose clock-driven work shows how far virtual time got (its file, copied out).
const TICKER = "docker run -d --name ticker alpine:3.20 sh -c 'i=0; while true; do i=$((i+1)); echo $i > /n; sleep 1; done'";
const PROBE = `${PS}; docker cp -q ticker:/n n.txt && cat n.txt`;

type Run = LiveRun<unknown>;

async function start(): Promise<Run> {
  return LiveRun.start<unknown>(layers, { yieldControl: () => macrotask() });
}

/** Runs `line` live, with a Ctrl-C after each of `delays` (ms, real time); returns its result. */
async function interrupted(run: Run, line: string, delays: number[]) {
  const running = run.input({ line });
  for (const ms of delays) {
    await macrotask(ms);
    run.interrupt();
  }
  return running;
}

/** The submission replayed on a fresh engine, then `probe` on both: same output, same machine. */
async function expectSameOnReplay(live: Run, probe: string): Promise<string> {
  const sub = live.submission();
  await live.input({ line: probe });
  const again = await replay<unknown>(layers, sub.seed, sub.log);
  await again.input({ line: probe });
  expect(again.context().commands).toEqual(live.context().commands);
  expect(JSON.stringify(again.host.serialize())).toBe(JSON.stringify(live.host.serialize()));
  return live.context().commands.at(-1)!.output;
}

function busySteps(entry: LogEntry): number[] {
  return (entry.input ?? []).map((e) => {
    if (e === null || typeof e !== 'object' || e.interrupt !== 'busy' || e.step === undefined) throw new Error(`not a busy Ctrl-C with a step: ${JSON.stringify(e)}`);
    return e.step;
  });
}

describe('Ctrl-C at an attached docker run without -it', () => {
  it('is forwarded and the client waits on; the third ends it (1, message), the container runs on', async () => {
    const live = await start();
    await live.input({ line: TICKER });
    const r = await interrupted(live, 'docker run --name sl alpine:3.20 sleep infinity', [20, 40, 60]);
    expect(r).toEqual({ kind: 'done', status: 1 });
    expect(live.context().commands.at(-1)!.output).toBe(FORCED);
    const entry = live.submission().log[1];
    expect(entry.interruptedAtStep).toBeUndefined();
    const steps = busySteps(entry);
    expect(steps).toHaveLength(3);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    const out = await expectSameOnReplay(live, PROBE);
    expect(out).toMatch(/^sl Up .*\nticker Up .*\n\d+\n$/);
  });

  it('Ctrl-Cs at different moments leave different clocks, each reproduced by its replay', async () => {
    const outputs = new Set<string>();
    // A long but finite sleep: waiting for it drives the clock (the ticker counts on). Waiting for
    // `sleep infinity` would not: no timer of its own can end it (daemon/wait.ts).
    for (const delays of [[0, 0, 0], [10, 10, 10], [5, 60, 5]]) {
      const live = await start();
      await live.input({ line: TICKER });
      expect(await interrupted(live, 'docker run --name sl alpine:3.20 sleep 1000000', delays)).toEqual({ kind: 'done', status: 1 });
      outputs.add(await expectSameOnReplay(live, PROBE));
    }
    // Not a tautology: the moment of the Ctrl-C matters, and the replay still matched each time.
    expect(outputs.size).toBeGreaterThan(1);
  });

  it('Ctrl-Cs right as the command starts land in the wait, once the container exists (the replay used to stop before it)', async () => {
    const live = await start();
    const running = live.input({ line: 'docker run --name sl alpine:3.20 sleep infinity' });
    // Two typed before the client checks even once: each counts, at two checks in a row.
    live.interrupt();
    live.interrupt();
    await macrotask(30);
    live.interrupt();
    expect(await running).toEqual({ kind: 'done', status: 1 });
    const steps = busySteps(live.submission().log[0]);
    expect(steps).toHaveLength(3);
    expect(steps[1]).toBeGreaterThanOrEqual(steps[0]);
    expect(await expectSameOnReplay(live, PS)).toMatch(/^sl Up /);
  });

  it('with --init the first Ctrl-C ends the container (130), and the client with it', async () => {
    const live = await start();
    expect(await interrupted(live, 'docker run --init --name in alpine:3.20 sleep infinity', [20])).toEqual({ kind: 'done', status: 130 });
    expect(await expectSameOnReplay(live, PS)).toBe('in Exited (130) Less than a second ago\n');
  });

  it('--sig-proxy=false forwards nothing: even with --init the container runs on', async () => {
    const live = await start();
    expect(await interrupted(live, 'docker run --sig-proxy=false --init --name np alpine:3.20 sleep infinity', [10, 10, 10])).toEqual({ kind: 'done', status: 1 });
    expect(live.context().commands.at(-1)!.output).toBe(FORCED);
    expect(await expectSameOnReplay(live, PS)).toMatch(/^np Up /);
  });

  it('the client gone, the container`s output no longer reaches the terminal', async () => {
    const live = await start();
    // `trap "" INT`: an ash PID 1 would otherwise end with 130 after the first forwarded Ctrl-C,
    // once its sleep is over (shell/signals.ts), and the client with it.
    await interrupted(live, "docker run --name talker alpine:3.20 sh -c 'trap \"\" INT; while true; do echo tick; sleep 3600; done'", [10, 10, 10]);
    const said = live.context().commands.at(-1)!.output;
    expect(said.endsWith(FORCED)).toBe(true);
    await live.input({ line: 'sleep 7200' });
    expect(live.context().commands.at(-1)!.output).toBe('');
  });
});

describe('Ctrl-C at docker attach and docker start -a (no -t)', () => {
  it('docker attach: forwarded, the third ends the client with 1', async () => {
    const live = await start();
    await live.input({ line: 'docker run -d --name att alpine:3.20 sleep infinity' });
    expect(await interrupted(live, 'docker attach att', [10, 10, 10])).toEqual({ kind: 'done', status: 1 });
    expect(live.context().commands.at(-1)!.output).toBe(FORCED);
    expect(await expectSameOnReplay(live, PS)).toMatch(/^att Up /);
  });

  it('docker start -a: the first Ctrl-C ends the client with 0, the container runs on', async () => {
    const live = await start();
    await live.input({ line: 'docker create --name sa alpine:3.20 sleep infinity' });
    expect(await interrupted(live, 'docker start -a sa', [20])).toEqual({ kind: 'done', status: 0 });
    expect(await expectSameOnReplay(live, PS)).toMatch(/^sa Up /);
  });

  it('docker start -a of a container with --init: the forwarded SIGINT ends it, the client says 0', async () => {
    const live = await start();
    await live.input({ line: 'docker create --init --name si alpine:3.20 sleep infinity' });
    expect(await interrupted(live, 'docker start -a si', [20])).toEqual({ kind: 'done', status: 0 });
    expect(await expectSameOnReplay(live, PS)).toBe('si Exited (130) Less than a second ago\n');
  });
});

describe('Ctrl-C inside docker run -it', () => {
  /** The terminal: a read waits until something is typed. */
  class Keyboard {
    readonly isTTY = true;
    private waiter: ((v: Uint8Array | null) => void) | null = null;
    private queue: string[] = [];
    get waiting(): boolean {
      return this.waiter !== null;
    }
    type(v: string): void {
      const w = this.waiter;
      this.waiter = null;
      if (w) w(new TextEncoder().encode(v));
      else this.queue.push(v);
    }
    abandonReads(): void {
      this.waiter?.(null);
      this.waiter = null;
    }
    read(): Promise<Uint8Array | null> {
      const v = this.queue.shift();
      if (v !== undefined) return Promise.resolve(new TextEncoder().encode(v));
      return new Promise((resolve) => (this.waiter = resolve));
    }
    async readAll(): Promise<Uint8Array> {
      throw new Error('not used');
    }
  }

  it('stops the container`s running command where the clock had got; the replay stops it at the same time', async () => {
    const kb = new Keyboard();
    const live = await LiveRun.start<unknown>(layers, { stdin: kb, yieldControl: () => macrotask() });
    const waiting = async () => {
      for (let i = 0; i < 5000 && !kb.waiting; i++) await macrotask(1);
      expect(kb.waiting).toBe(true);
    };
    const running = live.input({ line: 'docker run -it --name itc alpine:3.20 sh' });
    await waiting();
    kb.type('date +%s > /s; sleep 100000; echo not-reached\n');
    await macrotask(40);
    expect(kb.waiting).toBe(false);
    live.interrupt();
    await waiting();
    kb.type('date +%s > /t; exit\n');
    expect(await running).toEqual({ kind: 'done', status: 0 });
    const entry = live.submission().log[0];
    expect(entry.input).toEqual(['date +%s > /s; sleep 100000; echo not-reached\n', { interrupt: 'busy', step: expect.any(Number) }, 'date +%s > /t; exit\n']);
    const out = await expectSameOnReplay(live, 'docker cp -q itc:/s s && docker cp -q itc:/t t && cat s t');
    // The sleep was cut short part way (the clock moves in its 1000 s slices), at the same second
    // in the replay (expectSameOnReplay compared the files).
    const [s0, t1] = out.trim().split('\n').map(Number);
    expect(t1 - s0).toBeGreaterThan(0);
    expect(t1 - s0).toBeLessThan(100000);
    expect(live.context().commands[0].output).not.toContain('not-reached');
  });
});

describe('the page: a reload replays the Ctrl-Cs where they landed', () => {
  function harness() {
    const got: FromWorker[] = [];
    const host = new EngineHost({ post: (m) => got.push(structuredClone(m)), turn: () => new Promise((r) => setImmediate(r)) });
    const exchange = async (...ms: ToWorker[]) => {
      for (const m of ms) host.handle(m);
      await host.settled();
    };
    const lastState = (): LessonState => {
      const s = got.findLast((m) => m.type === 'state');
      if (!s || s.type !== 'state') throw new Error('no state yet');
      return s.state;
    };
    const output = (from: number) => got.slice(from).map((m) => (m.type === 'output' ? m.text : '')).join('');
    return { got, host, exchange, lastState, output };
  }

  it('live, after a reload and in the grading replay: the same containers and states', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.exchange({ type: 'input', line: TICKER });
    h.host.handle({ type: 'input', line: 'docker run --name sl alpine:3.20 sleep infinity' });
    for (const ms of [15, 30, 15]) {
      await macrotask(ms);
      h.host.handle({ type: 'interrupt' });
    }
    await h.host.settled();
    expect(h.got.findLast((m) => m.type === 'result')).toMatchObject({ kind: 'done', status: 1 });
    const log = h.lastState().log;
    expect(busySteps(log[1])).toHaveLength(3);
    let from = h.got.length;
    await h.exchange({ type: 'input', line: PROBE });
    const live = h.output(from);
    expect(live).toMatch(/^sl Up .*\nticker Up .*\n\d+\n$/);

    const again = harness();
    await again.exchange({ type: 'init', columns: 80, exercise: 'layers', log });
    expect(again.lastState().log).toEqual(log);
    from = again.got.length;
    await again.exchange({ type: 'input', line: PROBE });
    expect(again.output(from)).toBe(live);

    const graded = await replay<unknown>(layers, h.lastState().seed, log);
    await graded.input({ line: PROBE });
    expect(graded.context().commands.at(-1)!.output).toBe(live);
  }, 60_000);
});
