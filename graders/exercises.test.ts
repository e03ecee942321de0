/**
 * Every exercise, replayed on a fresh engine: each reference solution passes every task, the
 * starting state fails every task, and each known wrong attempt fails with its expected diagnosis.
 */
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises/index.ts';
import { replay } from './replay.ts';
import { gradeContext } from './grade.ts';
import type { Exercise } from './model.ts';

const toLog = (lines: string[]) => lines.map((line) => ({ line }));

async function grade(ex: Exercise<any>, lines: string[]) {
  const run = await replay(ex, ex.scenario.seed, toLog(lines));
  return gradeContext(ex, run.context());
}

for (const ex of EXERCISES.values()) {
  describe(`exercise ${ex.id}`, () => {
    it('the starting state fails every task', async () => {
      const r = await grade(ex, []);
      expect(r.tasks.filter((t) => t.passed).map((t) => t.id)).toEqual([]);
      expect(r.score).toBe(0);
    });

    for (const sol of ex.solutions) {
      it(`reference solution passes every task: ${sol.name}`, async () => {
        const r = await grade(ex, sol.log);
        expect(r.tasks.filter((t) => !t.passed).map((t) => ({ id: t.id, diagnosis: t.diagnosis }))).toEqual([]);
        expect(r.score).toBe(r.maxScore);
      });
    }

    for (const wrong of ex.wrongAttempts) {
      it(`wrong attempt fails with its diagnosis: ${wrong.name}`, async () => {
        const r = await grade(ex, wrong.log);
        expect(r.score).toBeLessThan(r.maxScore);
        for (const want of wrong.expect) {
          const t = r.tasks.find((x) => x.id === want.task);
          expect(t, `task ${want.task}`).toBeDefined();
          expect({ task: t!.id, passed: t!.passed, key: t!.diagnosis?.key }).toEqual({ task: want.task, passed: false, key: want.key });
        }
      });
    }
  });
}
