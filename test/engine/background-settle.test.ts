/**
 * A detached container runs in the background; what the next command sees of it must not depend
 * on how soon that command is typed. A replay types a command log back to back, a student takes
 * seconds between lines: both must see the container's work done up to where it blocks.
 * (Found by property.test.ts: `docker run -d ... sh -c "rm ...; mkdir ...; touch ..."` followed
 * by `docker ps` gave another saved state on replay, as the container had run fewer steps.)
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { firstDifference, saveText, shellOn } from './state-fixture.ts';

const LINES = [
  'docker run -d --name c1 busybox sh -c "echo hi > /f; touch /g; mkdir /h; echo done; sleep 100; touch /late"',
  'docker diff c1; docker logs c1',
  'docker exec -d c1 sh -c "echo x > /e1; echo y > /e2"',
  'docker diff c1',
  'docker pause c1',
  'docker unpause c1',
  'docker diff c1',
];

/** `gap` event-loop turns between lines (0 = back to back, as a replay). */
async function typeAll(gap: number) {
  const host = createHost({ seed: 5 });
  const sh = shellOn(host);
  await sh.run('docker pull -q busybox');
  for (const line of LINES) {
    await sh.run(line);
    for (let i = 0; i < gap; i++) await new Promise((r) => setTimeout(r, 0));
  }
  return { transcript: sh.transcript(), state: saveText(host) };
}

describe('background containers between commands', () => {
  it('a detached container has run until it blocks when docker run -d returns', async () => {
    const { transcript } = await typeAll(0);
    // Recorded behaviour: the container's work before its sleep is visible to the next command.
    expect(transcript).toContain('$ docker diff c1; docker logs c1\nA /f\nA /g\nA /h\ndone\n[0]');
    expect(transcript).toContain('$ docker diff c1\nA /e1\nA /e2\nA /f\nA /g\nA /h\n[0]');
    expect(transcript).not.toContain('A /late');
  });

  it('typed back to back or with pauses: the same output and the same saved state', async () => {
    const fast = await typeAll(0);
    const slow = await typeAll(5);
    expect(slow.transcript).toBe(fast.transcript);
    expect(firstDifference(fast.state, slow.state)).toBe(null);
  });
});
