/**
 * Replay: a submission's log on a fresh engine gives the state the live session had, Ctrl-C
 * included; claimed results are ignored; bad files are told apart.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../sandbox-engine/index.ts';
import { LiveRun, replay } from './replay.ts';
import { layers } from './exercises/layers.ts';
import { volumes } from './exercises/volumes.ts';
import { readSubmissions, writeSubmission } from './submission.ts';
import type { Exercise } from './model.ts';

const LOOP = 'i=0; while true; do i=$((i+1)); echo $i >> /tmp/count; done';

function lastCount(run: LiveRun<unknown>): string {
  return run.host.fs(ROOT).readText('/tmp/count').trim().split('\n').at(-1)!;
}

describe('replay', () => {
  it('a live Ctrl-C is recorded with its step and replayed to the same state', async () => {
    const live = await LiveRun.start(layers, { yieldControl: () => new Promise((r) => setTimeout(r, 0)) });
    const running = live.input({ line: LOOP });
    await new Promise((r) => setTimeout(r, 30));
    live.session.interrupt();
    await running;
    await live.input({ line: 'docker run -d --name after alpine:3.20 sleep 100' });
    const sub = live.submission();
    expect(sub.log[0].interruptedAtStep).toBeGreaterThan(0);
    expect(sub.log[1].interruptedAtStep).toBeUndefined();

    const again = await replay(layers, sub.seed, sub.log);
    expect(lastCount(again)).toBe(lastCount(live));
    // The same seed and commands give the same IDs.
    expect(again.context().docker!.container('after')!.id).toBe(live.context().docker!.container('after')!.id);
  });

  it('interruptedAtStep decides where the command stopped', async () => {
    const a = await replay(layers, 1, [{ line: LOOP, interruptedAtStep: 40 }]);
    const b = await replay(layers, 1, [{ line: LOOP, interruptedAtStep: 200 }]);
    expect(Number(lastCount(b))).toBeGreaterThan(Number(lastCount(a)));
    expect(a.session.entries[0]).toMatchObject({ status: 130, interruptedAtStep: 40 });
  });

  it('a multi-line command is one entry in the timeline', async () => {
    const run = await replay(volumes, 2, [{ line: "docker volume create 'multi" }, { line: "line'" }, { line: 'docker volume ls -q' }]);
    const ctx = run.context();
    expect(ctx.commands.map((c) => c.text)).toEqual(["docker volume create 'multi\nline'", 'docker volume ls -q']);
    expect(ctx.timeline).toHaveLength(3);
  });

  it('checks do not disturb the engine: grading after every command leaves the state a replay has', async () => {
    for (const ex of [layers, volumes] as const) {
      const lines = [...ex.solutions[0].log, 'docker run -d --name late --tmpfs /c alpine:3.20 sleep 100'];
      const live = await LiveRun.start<unknown>(ex);
      for (const line of lines) {
        await live.input({ line });
        live.grade();
      }
      const again = await replay<unknown>(ex, ex.scenario.seed, lines.map((line) => ({ line })));
      expect(JSON.stringify(again.host.serialize()), ex.id).toBe(JSON.stringify(live.host.serialize()));
    }
  });
});

describe('scenario', () => {
  it('host files and setup commands are in place before the student starts, outside their history', async () => {
    const ex: Exercise<null> = {
      ...(layers as Exercise<null>),
      id: 'scenario-probe',
      scenario: { seed: 5, files: { 'notes.txt': 'hi\n', 'build/ctx/app.sh': 'echo app\n' }, commands: ['mkdir proj', 'docker volume create seeded'] },
      baseline: (docker) => ({ volumes: docker.volumes().map((v) => v.name).join(',') }),
    };
    const run = await replay(ex, 5, [{ line: 'cat notes.txt' }]);
    const ctx = run.context();
    expect(ctx.baseline).toEqual({ volumes: 'seeded' });
    expect(run.host.fs(ROOT).stat('/home/student/proj').kind).toBe('dir');
    expect(run.host.fs(ROOT).stat('/home/student/notes.txt').uid).toBe(1000);
    // Files in subdirectories get their parents, as `mkdir -p` (owned by the student).
    expect(run.host.fs(ROOT).stat('/home/student/build/ctx').uid).toBe(1000);
    expect(run.host.fs(ROOT).readText('/home/student/build/ctx/app.sh')).toBe('echo app\n');
    expect(ctx.commands).toEqual([{ text: 'cat notes.txt', output: 'hi\n', status: 0 }]);
    expect(run.session.history).toEqual(['cat notes.txt']);
  });
});

describe('submission files', () => {
  it('round-trips, and results a browser claims are not read', () => {
    const text = writeSubmission({ exercise: 'layers', seed: 1, log: [{ line: 'ls', interruptedAtStep: 3 }] });
    const withClaim = JSON.stringify({ ...JSON.parse(text), results: { score: 3, maxScore: 3 } });
    const r = readSubmissions(withClaim);
    expect(r).toEqual({ ok: true, submissions: [{ exercise: 'layers', seed: 1, log: [{ line: 'ls', interruptedAtStep: 3 }] }] });
  });

  it('reads a progress file with several submissions', () => {
    const r = readSubmissions(JSON.stringify({ format: 'dockersim-progress', version: 1, submissions: [{ exercise: 'layers', seed: 1, log: [] }, { exercise: 'volumes', seed: 2, log: [{ line: 'true' }] }] }));
    expect(r.ok && r.submissions.map((s) => s.exercise)).toEqual(['layers', 'volumes']);
  });

  it('tells damaged, foreign and newer files apart', () => {
    const kind = (t: string) => {
      const r = readSubmissions(t);
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(kind('{"format":')).toBe('damaged');
    expect(kind('{"format":"dockersim-submission","version":1,"exercise":"layers","seed":"x","log":[]}')).toBe('damaged');
    expect(kind('{"format":"dockersim-submission","version":1,"exercise":"layers","seed":1,"log":[{"line":5}]}')).toBe('damaged');
    expect(kind('{"format":"dockersim-submission","version":1,"exercise":"layers","seed":1,"log":[{"line":"x","interruptedAtStep":-1}]}')).toBe('damaged');
    expect(kind('{"name":"left-pad","version":"1.3.0"}')).toBe('foreign');
    expect(kind('[1,2,3]')).toBe('foreign');
    expect(kind('{"format":"dockersim-submission","version":2}')).toBe('version');
  });
});
