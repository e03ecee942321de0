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

type Variant = 'eager' | 'lazy' | 'background' | 'background-with-pauses' | 'late-module';

interface Outcome {
  transcript: string;
  state: string;
  /** Deferred modules not yet loaded when the first command was typed. */
  unloadedAtFirstCommand: number;
  /** Deferred modules registered by the end. */
  registered: number;
}

const turn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function replayWith(variant: Variant): Promise<Outcome> {
  vi.resetModules();
  const preload = await import('../../sandbox-engine/util/preload.ts');
  if (variant === 'eager' || variant === 'late-module') {
    // Registered as soon as the applet registry is evaluated; load them all before anything runs.
    await import('../../sandbox-engine/shell/applets/index.ts');
    await preload.preloadAll();
  }
  const { LiveRun } = await import('../../graders/replay.ts');
  const { sandboxExercise } = await import('../../site/lib/terminal/sandbox-exercise.ts');
  let transcript = '';
  const run = await LiveRun.start(sandboxExercise, { onOutput: (t) => (transcript += t) });
  if (variant === 'background' || variant === 'background-with-pauses') void preload.preloadAll();
  const unloaded = preload.preloadStatus().unloaded;
  for (const [i, line] of LOG.entries()) {
    if (variant === 'late-module' && i === 1) {
      preload.deferred(async () => {
        for (let t = 0; t < 30; t++) await turn();
        return {};
      });
    }
    transcript += `$ ${line}\n`;
    const r = await run.input({ line }, { replay: true });
    transcript += `[${r.kind === 'continue' ? 'continue' : r.status}]\n`;
    if (variant === 'background-with-pauses') for (let i = 0; i < 20; i++) await turn();
  }
  expect(preload.allPreloaded()).toBe(true);
  const registered = preload.preloadStatus().registered;
  return { transcript, state: JSON.stringify(run.host.serialize()), unloadedAtFirstCommand: unloaded, registered };
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
    expect(lazy.unloadedAtFirstCommand).toBe(lazy.registered);
    expect(background.unloadedAtFirstCommand).toBe(background.registered);

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
});
