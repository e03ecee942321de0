/**
 * The engine's deferred code (util/preload.ts: most applets, the docker CLI, the builder, loaded
 * with import() after start-up) must not make a replay differ from the live run. Background
 * containers advance by event-loop turns, and a load takes turns nobody controls, so the session
 * waits for every deferred module before it runs any command. This test replays one log with
 * detached containers (a loop appending `date` to a file every second, a
 * talker printing every two seconds, nginx:alpine) through the
 * graders' replay (the code the browser's worker and `npm run grade` share), the modules loaded:
 *   - eagerly, before the engine is even imported;
 *   - lazily, by the session's wait at the first command;
 *   - in the background from the start, as the Web Worker does (worker.ts), with lines typed at
 *     once, or with pauses between them as a student types;
 *   - eagerly, plus a module registered once the ticker runs and loaded only 30 event-loop turns
 *     after the next command was typed: that command waits for it while the containers run;
 * each in a fresh module graph (vi.resetModules), so nothing is loaded that the variant did not
 * load. Every variant must print the same bytes and serialize to byte-identical host state (the
 * daemon's state, daemon/state.ts, included).
 */
import { describe, expect, it, vi } from 'vitest';

const LOG = [
  "docker run -d --name ticker alpine sh -c 'while true; do date >> /f; sleep 1; done'",
  'docker exec ticker cat /f',
  'sleep 3',
  'docker exec ticker sh -c "wc -l < /f; tail -n 1 /f"',
  'docker logs ticker',
  "docker run -d --name talker alpine sh -c 'for i in 1 2 3; do echo tick $i; sleep 2; done; echo over'",
  'docker logs talker',
  'docker run -d --name web nginx:alpine',
  'docker ps --format "{{.Names}} {{.Status}}"',
  'sleep 5',
  'docker logs talker; docker logs web | tail -n 3',
  'docker diff ticker',
  'docker ps -a --format "{{.Names}} {{.Status}}"',
  "docker exec ticker sh -c 'ls / | wc -l; cat /etc/hostname'",
  'docker stop -t 2 ticker',
  'ls -la; cat /etc/hostname | wc -c',
];

/**
 * First pulls of busybox and ubuntu (their layer data, catalog/build.ts, is a chunk of its own in
 * the browser) while a detached container computes without ever blocking, in a session that
 * yields to the event loop as the browser's does (a macrotask). Had a pull waited for the data's
 * import mid-command, anything advancing by event-loop turns meanwhile would get the import's
 * turns in a lazy run and not in an eager one: the probe below counts those turns.
 */
const PULL_LOG = [
  "docker run -d --name counter alpine sh -c 'i=0; while true; do i=$((i+1)); echo $i > /n; done'",
  'docker pull busybox',
  'docker exec counter cat /n',
  '(i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done; echo job $i) & docker pull -q ubuntu:24.04; wait',
  'docker run --rm busybox echo hi',
  'docker stop -t 0 counter',
  'docker diff counter; docker images --format "{{.Repository}}:{{.Tag}} {{.Size}}"',
];

/** The data of the images PULL_LOG pulls first (catalog/images/*.ts import them). */
const SLOW_DATA = ['../../sandbox-engine/catalog/busybox/rootfs.ts', '../../sandbox-engine/catalog/ubuntu/rootfs.ts'];

type Variant = 'eager' | 'lazy' | 'background' | 'background-with-pauses' | 'late-module';

interface Outcome {
  transcript: string;
  state: string;
  /** Deferred modules not yet loaded when the first command was typed. */
  unloadedAtFirstCommand: number;
  /**
   * Deferred modules registered then: fewer than at the end in a lazy run, where the deferred
   * docker CLI's own imports reach the catalog, whose images register their layer data.
   */
  registeredAtFirstCommand: number;
  /** Deferred modules registered by the end. */
  registered: number;
  /** Event-loop turns a probe (a timer chain) got while each `docker pull` line ran. */
  pullTurns: number[];
}

const turn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Counts the event-loop turns that pass until `stop()`: what something advancing by turns (a
 * computation yielding with a macrotask) would get to run meanwhile.
 */
function turnProbe(): { stop(): number } {
  let turns = 0;
  let on = true;
  const tick = (): void => {
    if (!on) return;
    turns++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return {
    stop: () => {
      on = false;
      return turns;
    },
  };
}

interface ReplayOptions {
  /** The session's yield to the event loop (the browser's worker passes a macrotask). */
  yieldControl?: () => Promise<void>;
  /**
   * Layer-data modules whose load takes this many event-loop turns, as a chunk fetched over the
   * network does in the browser (in Node, vitest evaluates a transformed module without one).
   */
  slowData?: { modules: string[]; turns: number };
}

async function replayWith(variant: Variant, log: readonly string[] = LOG, opts: ReplayOptions = {}): Promise<Outcome> {
  const { yieldControl, slowData } = opts;
  vi.resetModules();
  for (const path of slowData?.modules ?? []) {
    vi.doMock(path, async (importOriginal: () => Promise<unknown>) => {
      for (let t = 0; t < slowData!.turns; t++) await turn();
      return importOriginal();
    });
  }
  const preload = await import('../../sandbox-engine/util/preload.ts');
  if (variant === 'eager' || variant === 'late-module') {
    // Registered as soon as the applet registry and the catalog are evaluated; load them all
    // (code and every image's layer data) before anything runs.
    await import('../../sandbox-engine/shell/applets/index.ts');
    const catalog = await import('../../sandbox-engine/catalog/index.ts');
    await preload.preloadAll();
    await catalog.loadCatalog();
  }
  const { LiveRun } = await import('../../graders/replay.ts');
  const { sandboxExercise } = await import('../../site/lib/terminal/sandbox-exercise.ts');
  let transcript = '';
  const run = await LiveRun.start(sandboxExercise, { onOutput: (t) => (transcript += t), yieldControl });
  if (variant === 'background' || variant === 'background-with-pauses') void preload.preloadAll();
  const { unloaded, registered: registeredAtFirstCommand } = preload.preloadStatus();
  const pullTurns: number[] = [];
  for (const [i, line] of log.entries()) {
    if (variant === 'late-module' && i === 1) {
      preload.deferred(async () => {
        for (let t = 0; t < 30; t++) await turn();
        return {};
      });
    }
    transcript += `$ ${line}\n`;
    const probe = line.includes('docker pull') ? turnProbe() : undefined;
    const r = await run.input({ line }, { replay: true });
    if (probe) pullTurns.push(probe.stop());
    transcript += `[${r.kind === 'continue' ? 'continue' : r.status}]\n`;
    if (variant === 'background-with-pauses') for (let i = 0; i < 20; i++) await turn();
  }
  for (const path of slowData?.modules ?? []) vi.doUnmock(path);
  expect(preload.allPreloaded()).toBe(true);
  const registered = preload.preloadStatus().registered;
  return { transcript, state: JSON.stringify(run.host.serialize()), unloadedAtFirstCommand: unloaded, registeredAtFirstCommand, registered, pullTurns };
}

/** Where two long strings first differ, with some context (null when equal). */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

describe('deferred engine code and replay determinism', () => {
  it('eager, lazy and background loading give the same output and byte-identical engine state', async () => {
    const eager = await replayWith('eager');
    const lazy = await replayWith('lazy');
    const background = await replayWith('background');
    const paused = await replayWith('background-with-pauses');
    const late = await replayWith('late-module');

    // The variants really differ in when the code arrives.
    expect(eager.registered).toBeGreaterThan(0);
    expect(eager.unloadedAtFirstCommand).toBe(0);
    expect(lazy.unloadedAtFirstCommand).toBeGreaterThan(0);
    expect(lazy.unloadedAtFirstCommand).toBe(lazy.registeredAtFirstCommand);
    expect(background.unloadedAtFirstCommand).toBe(background.registeredAtFirstCommand);
    expect(lazy.registered).toBe(eager.registered);

    // The session is one that did something: the loop ran, nginx started, the talker finished.
    expect(eager.transcript).toMatch(/\$ docker exec ticker sh -c "wc -l < \/f; tail -n 1 \/f"\n4\nMon Jan {2}5 09:00:0\d UTC 2026\n\[0\]/);
    expect(eager.transcript).toContain('tick 1\ntick 2\ntick 3\nover\n');
    expect(eager.transcript).toMatch(/\nticker Up 9 seconds\n/);

    expect(late.registered).toBe(eager.registered + 1);
    for (const other of [lazy, background, paused, late]) {
      expect(firstDifference(eager.transcript, other.transcript)).toBe(null);
      expect(firstDifference(eager.state, other.state)).toBe(null);
    }
  }, 120_000);

  it('first pulls while a container computes: eager and lazy loading of image data give the same state', async () => {
    const opts: ReplayOptions = { yieldControl: turn, slowData: { modules: SLOW_DATA, turns: 40 } };
    const eager = await replayWith('eager', PULL_LOG, opts);
    const lazy = await replayWith('lazy', PULL_LOG, opts);
    expect(eager.unloadedAtFirstCommand).toBe(0);
    expect(lazy.unloadedAtFirstCommand).toBeGreaterThan(0);
    expect(lazy.unloadedAtFirstCommand).toBe(lazy.registeredAtFirstCommand);

    // The pulls downloaded; the container computed (to its step budget) and the job ran.
    expect(eager.transcript).toContain('Status: Downloaded newer image for busybox:latest\n');
    expect(eager.transcript).toContain('docker.io/library/ubuntu:24.04\n');
    expect(eager.transcript).toContain('job 1000\n');
    expect(eager.transcript).toMatch(/\$ docker exec counter cat \/n\n\d+\n\[0\]\n/);
    expect(eager.transcript).toContain('$ docker run --rm busybox echo hi\nhi\n[0]\n');

    // A first pull takes the same event-loop turns whether the image data was loaded before the
    // session started or by the session's wait before its first command: it never waits for an
    // import itself.
    expect(eager.pullTurns.length).toBe(2);
    expect(lazy.pullTurns).toEqual(eager.pullTurns);
    expect(firstDifference(eager.transcript, lazy.transcript)).toBe(null);
    expect(firstDifference(eager.state, lazy.state)).toBe(null);
  }, 120_000);
});
