/**
 * The plain progress printer's deferred vertex: a FROM whose image BuildKit's cache holds ends
 * `CACHED` when a step after it misses and `DONE` when nothing needs its result (recorded from
 * BuildKit: engine scenario 246); what comes after waits behind its end line.
 */
import { describe, expect, it } from 'vitest';
import { PlainProgress, missingDockerfileProgress } from './progress.ts';
import { VirtualClock } from '../util/clock.ts';

function printer(): { p: PlainProgress; out: () => string } {
  let text = '';
  const p = new PlainProgress(new VirtualClock(), (t) => {
    text += t;
  });
  return { p, out: () => text };
}

describe('PlainProgress.defer', () => {
  it('holds later output until a consumer says it needs the result (CACHED)', () => {
    const { p, out } = printer();
    const from = p.start('[1/2] FROM docker.io/library/alpine:3.20');
    const pending = p.defer(from, 1);
    const step = p.start('[2/2] RUN echo 2 > /n');
    expect(out()).toBe('#0 building with "default" instance using docker driver\n\n#1 [1/2] FROM docker.io/library/alpine:3.20\n');
    p.use(pending, true);
    p.done(step);
    expect(out()).toBe('#0 building with "default" instance using docker driver\n\n#1 [1/2] FROM docker.io/library/alpine:3.20\n#1 CACHED\n\n#2 [2/2] RUN echo 2 > /n\n#2 DONE 0.0s\n');
  });

  it('ends DONE once every consumer went without it, or at the end', () => {
    const { p, out } = printer();
    const pending = p.defer(p.start('FROM a'), 2);
    p.use(pending, false);
    expect(out()).not.toContain('#1 DONE');
    p.use(pending, false);
    expect(out()).toContain('#1 FROM a\n#1 DONE 0.0s\n');
    const { p: q, out: qout } = printer();
    q.defer(q.start('FROM b'), 1);
    q.cached(q.start('[2/2] RUN x'));
    q.end();
    expect(qout()).toBe('#0 building with "default" instance using docker driver\n\n#1 FROM b\n#1 DONE 0.0s\n\n#2 [2/2] RUN x\n#2 CACHED\n');
  });

  it('prints the Dockerfile transfer before a missing-Dockerfile failure (engine scenario 297)', () => {
    expect(missingDockerfileProgress(new VirtualClock(), 'Dockerfile')).toBe(
      '#0 building with "default" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n',
    );
  });
});
