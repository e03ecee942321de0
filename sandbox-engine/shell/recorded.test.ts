/**
 * The shell against output recorded from real bash 5.2 and busybox 1.35 (recorded-cases.ts):
 * `bash -c`, `busybox sh -c`, and script files.
 */
import { describe, expect, it } from 'vitest';
import { busyboxCommand, busyboxFile, gnuCommand, gnuFile, type RecordedCase } from './recorded-cases.ts';
import { testSession } from './test-host.ts';

function cases(list: RecordedCase[]) {
  return list.map(([s, out, status]) => ({ s, out, status }));
}

describe('bash -c', () => {
  it.each(cases(gnuCommand))('$s', async ({ s, out, status }) => {
    const t = await testSession({ cwd: '/tmp' });
    const r = await t.script(s, { mode: 'command', name: 'bash' });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('busybox sh -c', () => {
  it.each(cases(busyboxCommand))('$s', async ({ s, out, status }) => {
    const t = await testSession({ flavour: 'busybox', user: 'student', cwd: '/tmp' });
    const r = await t.script(s, { mode: 'command', name: 'sh' });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('bash s.sh', () => {
  it.each(cases(gnuFile))('$s', async ({ s, out, status }) => {
    const t = await testSession({ cwd: '/tmp' });
    const r = await t.script(s, { mode: 'file', name: 's.sh', args: ['arg1'] });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('busybox sh s.sh', () => {
  it.each(cases(busyboxFile))('$s', async ({ s, out, status }) => {
    const t = await testSession({ flavour: 'busybox', user: 'student', cwd: '/tmp' });
    const r = await t.script(s, { mode: 'file', name: 's.sh', args: ['arg1'] });
    expect(r.all).toBe(out);
    expect(r.status).toBe(status);
  });
});
