import { describe, expect, it } from 'vitest';
import { SessionRuntime } from './session-runtime.ts';
import { DEFAULT_LIMITS, Interrupted } from './limits.ts';

/** Ticks `n` steps of 1, returning the steps at which an interrupt was raised. */
function run(rt: SessionRuntime, n: number): number[] {
  const hits: number[] = [];
  for (let i = 0; i < n; i++) {
    try {
      rt.tick();
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      hits.push(rt.steps);
    }
  }
  return hits;
}

describe('SessionRuntime', () => {
  it('raises every scheduled interrupt at its step, whatever the order they were given in', () => {
    const rt = new SessionRuntime(DEFAULT_LIMITS);
    const landed: Array<[number, unknown]> = [];
    rt.onLanded = (step, token) => landed.push([step, token]);
    rt.schedule(7);
    rt.schedule(3);
    rt.schedule(7);
    expect(run(rt, 10)).toEqual([3, 7, 8]);
    expect(landed).toEqual([
      [3, undefined],
      [7, undefined],
      [8, undefined],
    ]);
  });

  it('lands each live request on its own, reporting its token; a reset forgets those pending', () => {
    const rt = new SessionRuntime(DEFAULT_LIMITS);
    const landed: Array<[number, unknown]> = [];
    rt.onLanded = (step, token) => landed.push([step, token]);
    rt.request('a');
    rt.request('b');
    expect(run(rt, 3)).toEqual([1, 2]);
    expect(landed).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    rt.request('c');
    rt.reset();
    expect(run(rt, 3)).toEqual([]);
  });

  it('a live one and a scheduled one due at the same check both land, one after the other', () => {
    const rt = new SessionRuntime(DEFAULT_LIMITS);
    const tokens: unknown[] = [];
    rt.onLanded = (_step, token) => tokens.push(token);
    rt.schedule(2);
    rt.tick();
    rt.request('live');
    // The scheduled one (due) first, then the live one.
    expect(run(rt, 2)).toEqual([2, 3]);
    expect(tokens).toEqual([undefined, 'live']);
    // A live one before a scheduled one not yet due leaves it armed.
    rt.schedule(10);
    rt.request('early');
    expect(run(rt, 8)).toEqual([4, 10]);
    expect(tokens).toEqual([undefined, 'live', 'early', undefined]);
  });

  it('clearSchedule drops what was not reached', () => {
    const rt = new SessionRuntime(DEFAULT_LIMITS);
    rt.schedule(2);
    rt.clearSchedule();
    expect(run(rt, 4)).toEqual([]);
  });
});
