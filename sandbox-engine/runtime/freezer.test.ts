import { describe, expect, it } from 'vitest';
import { Freezer, frozenClock, frozenOutput } from './freezer.ts';
import { VirtualClock } from '../util/clock.ts';
import { CollectingOutput } from '../shell/streams.ts';

describe('Freezer', () => {
  it('a wait that falls due while frozen ends only when thawed', async () => {
    const clock = new VirtualClock(0);
    const f = new Freezer();
    const c = frozenClock({ now: () => clock.now(), advance: (ms) => clock.wait(ms), wait: (ms) => clock.wait(ms), pendingTimers: () => clock.pendingTimers() }, f);
    let woke = -1;
    void c.wait(1000).then(() => (woke = clock.now()));
    f.freeze();
    await clock.advance(5000);
    expect(woke).toBe(-1);
    f.thaw();
    await new Promise((r) => setTimeout(r, 0));
    expect(woke).toBe(5000);
  });

  it('writes of a frozen process wait', async () => {
    const f = new Freezer();
    const out = new CollectingOutput();
    const o = frozenOutput(out, f);
    f.freeze();
    const w = o.write('x');
    await new Promise((r) => setTimeout(r, 0));
    expect(out.text()).toBe('');
    f.thaw();
    await w;
    expect(out.text()).toBe('x');
  });
});
