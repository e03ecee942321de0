/**
 * The sandbox as an exercise without tasks, so the sandbox page and the lessons share one engine
 * path (graders' LiveRun): the same replay, the same log. The host is the bare one the sandbox
 * always had: no image pulled in advance (the first `docker run alpine` pulls it), no files.
 */
import type { Exercise, MessageKey } from '../../../graders/model.ts';

export const SANDBOX_SEED = 1;

export const sandboxExercise: Exercise<null> = {
  id: 'sandbox',
  // Never shown: the sandbox has no task panel, and grading skips it (no tasks).
  title: 'sandbox.title' as MessageKey,
  goal: 'sandbox.goal' as MessageKey,
  scenario: { seed: SANDBOX_SEED },
  tasks: [],
  hints: [],
  solutions: [],
  wrongAttempts: [],
  snapshot: () => null,
};
