/**
 * The worker's warm-up (site/lib/terminal/warm-up.ts) runs commands on a host of its own right
 * after `ready`. It must leave the student's run exactly as it would be without it: same output,
 * same IDs from the student's seed, byte-identical saved host, even when the student's commands
 * run while the warm-up is still going. And it must stop starting commands once told to.
 */
import { describe, expect, it } from 'vitest';
import { LiveRun } from '../../graders/replay.ts';
import { EXERCISES } from '../../graders/exercises/index.ts';
import { sandboxExercise } from '../../site/lib/terminal/sandbox-exercise.ts';
import { startWarmUp } from '../../site/lib/terminal/warm-up.ts';
import type { Exercise } from '../../graders/model.ts';

const turn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

const LINES = [
  'docker run -d --name a alpine sh -c "while true; do date >> /f; sleep 1; done"',
  'docker run --rm alpine echo hi',
  'sleep 2',
  'docker ps -a --no-trunc',
  'docker exec a cat /f',
  'docker volume create v; docker run --rm -v v:/v alpine touch /v/x',
  'docker images --digests',
];

async function student(exercise: Exercise<unknown>, warm: boolean): Promise<{ out: string; state: string; warmedCommands: number }> {
  let out = '';
  const run = await LiveRun.start(exercise, { onOutput: (t) => (out += t) });
  const w = warm ? startWarmUp(turn) : undefined;
  // Let the warm-up get going, then type while it runs.
  if (w) for (let i = 0; i < 3; i++) await turn();
  for (const line of LINES) await run.input({ line });
  // Commands the warm-up finished while the student's ran.
  const warmedCommands = w?.completed ?? 0;
  w?.stop();
  await w?.done;
  return { out, state: JSON.stringify(run.host.serialize()), warmedCommands };
}

describe('the warm-up after ready', () => {
  it('leaves the student’s host as it would be without it (sandbox and a lesson)', async () => {
    for (const exercise of [sandboxExercise as Exercise<unknown>, EXERCISES.get('layers')!]) {
      const cold = await student(exercise, false);
      const warm = await student(exercise, true);
      expect(warm.warmedCommands).toBeGreaterThan(0);
      expect(warm.out).toBe(cold.out);
      expect(warm.state === cold.state).toBe(true);
      expect(cold.out).toContain('hi\n');
    }
  }, 120_000);

  it('starts no command after stop', async () => {
    const w = startWarmUp(turn);
    w.stop();
    await w.done;
    expect(w.completed).toBe(0);
  });
});
