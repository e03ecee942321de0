/**
 * The dash dialect against output recorded from the real dash 0.5.12 (recorded-dash-cases.ts):
 * `dash -c` and `dash s.sh arg1`, run by the simulator's shell as dash with the environment the
 * recording had; and `sh` started from bash, which on the Debian host is dash through /bin/sh.
 */
import { describe, expect, it } from 'vitest';
import { dashCommand, dashFile, shFromBash } from './recorded-dash-cases.ts';
import type { RecordedCase } from './recorded-cases.ts';
import { testSession } from './test-host.ts';

/** What `env -i ...` gave the real dash. */
const ENV = { HOME: '/home/student', PATH: '/usr/local/bin:/usr/bin:/bin', USER: 'student', LANG: 'C.UTF-8' };

function cases(list: RecordedCase[]) {
  return list.map(([s, out, status]) => ({ s, out, status }));
}

async function dashSession() {
  return testSession({ cwd: '/tmp', dialect: 'dash', env: { ...ENV } });
}

describe('dash -c', () => {
  it('has enough recorded cases', () => {
    expect(dashCommand.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases(dashCommand))('$s', async ({ s, out, status }) => {
    const t = await dashSession();
    const r = await t.script(s, { mode: 'command', name: 'dash' });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('dash s.sh', () => {
  it.each(cases(dashFile))('$s', async ({ s, out, status }) => {
    const t = await dashSession();
    const r = await t.script(s + '\n', { mode: 'file', name: 's.sh', args: ['arg1'] });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('sh from bash (bash -c)', () => {
  it.each(cases(shFromBash))('$s', async ({ s, out, status }) => {
    const t = await testSession({ cwd: '/tmp', env: { ...ENV } });
    const r = await t.script(s, { mode: 'command', name: 'bash' });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});
