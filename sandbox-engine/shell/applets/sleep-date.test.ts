/**
 * sleep and date over the virtual clock. Messages and formats recorded from coreutils 9.1 and
 * busybox 1.35 (TZ unset with /etc/localtime UTC, LANG=C.UTF-8), e.g.
 *   date -d '2026-01-05 09:00:07' '+%a %A ... %:::z %+'  (the long format line below)
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { buildCtx } from '../../../test/helpers/sys-ctx.ts';
import { createHost } from '../../host/host.ts';
import { applet as sleep } from './sleep.ts';
import { applet as date } from './date.ts';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('sleep', () => {
  it('advances the virtual clock by the sum of its operands', async () => {
    const r = await runApplet(sleep, ['sleep', '1.5', '2m', '.5', '1.']);
    expect(r.status).toBe(0);
    expect(r.host.clock.now() - T0).toBe(1500 + 120_000 + 500 + 1000);
    const d = await runApplet(sleep, ['sleep', '0.001d', '1h'], { flavour: 'busybox' });
    expect(d.host.clock.now() - T0).toBe(86_400 + 3_600_000);
    expect((await runApplet(sleep, ['sleep', '1e-2'])).host.clock.now() - T0).toBe(10);
  });

  it('stops part way when interrupted, the clock showing the time that passed', async () => {
    const host = createHost({ seed: 1 });
    const b = buildCtx({ host, argv: ['sleep', '300'], interruptAfter: 10 });
    await expect(b.run(sleep)).rejects.toThrow('interrupted');
    // 300 s go in 100 slices of 3 s; ten of them passed before the interrupt.
    expect(host.clock.now() - T0).toBe(30_000);
  });

  it('sleeps forever on infinity until stopped', async () => {
    const host = createHost({ seed: 1 });
    const b = buildCtx({ host, argv: ['sleep', 'infinity'], interruptAfter: 3 });
    await expect(b.run(sleep)).rejects.toThrow('interrupted');
    expect(host.clock.now() - T0).toBe(3 * 3_600_000);
  });

  it('words bad operands as coreutils does (recorded)', async () => {
    expect(await runApplet(sleep, ['sleep'])).toMatchObject({ status: 1, stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n" });
    expect(await runApplet(sleep, ['sleep', 'x', 'y'])).toMatchObject({
      status: 1,
      stderr: "sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘y’\nTry 'sleep --help' for more information.\n",
    });
    expect(await runApplet(sleep, ['sleep', '-1'])).toMatchObject({ status: 1, stderr: "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n" });
    const bad = await runApplet(sleep, ['sleep', '1', 'x']);
    expect(bad.status).toBe(1);
    expect(bad.host.clock.now()).toBe(T0); // nothing slept when an operand is bad
    expect((await runApplet(sleep, ['sleep', '--', '-1'])).stderr).toBe("sleep: invalid time interval ‘-1’\nTry 'sleep --help' for more information.\n");
  });

  it('words bad operands as busybox does (recorded)', async () => {
    for (const bad of ['x', '1e-2', '-1', '+0', '0x0', ' 0', '--']) {
      expect(await runApplet(sleep, ['sleep', bad], { flavour: 'busybox' })).toMatchObject({ status: 1, stderr: `sleep: invalid number '${bad}'\n` });
    }
    const u = await runApplet(sleep, ['sleep'], { flavour: 'busybox' });
    expect(u.stderr).toContain('Usage: sleep [N]...\n');
  });
});

describe('date', () => {
  it('prints the clock in the default format', async () => {
    expect((await runApplet(date, ['date'])).stdout).toBe('Mon Jan  5 09:00:00 UTC 2026\n');
    expect((await runApplet(date, ['date'], { flavour: 'busybox' })).stdout).toBe('Mon Jan  5 09:00:00 UTC 2026\n');
  });

  it('formats every common specifier like glibc and GNU date (recorded)', async () => {
    const fmt =
      '+%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %N %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %:z %Z %% %q %i %5Y %-d %_m %010s %^a %#Z %Ez %Od %::z %:::z %+';
    const gnu = await runApplet(date, ['date', '-d', '2026-01-05 09:00:07', fmt]);
    expect(gnu.stdout).toBe(
      'Mon Monday Jan January Mon Jan  5 09:00:07 2026 20 05 01/05/26  5 2026-01-05 26 2026 Jan 09 09 005  9  9 01 00 \n 000000000 AM am 09:00:07 AM 09:00 1767603607 07 \t 09:00:07 1 01 02 1 01 01/05/26 09:00:07 26 2026 +0000 +00:00 UTC % 1 %i 02026 5  1 1767603607 MON utc +0000 05 +00:00:00 +00 %+\n',
    );
    const bb = await runApplet(date, ['date', '-d', '2026-01-05 09:00:07', fmt], { flavour: 'busybox' });
    expect(bb.stdout).toBe(
      'Mon Monday Jan January Mon Jan  5 09:00:07 2026 20 05 01/05/26  5 2026-01-05 26 2026 Jan 09 09 005  9  9 01 00 \n %N AM am 09:00:07 AM 09:00 1767603607 07 \t 09:00:07 1 01 02 1 01 01/05/26 09:00:07 26 2026 +0000 %:z UTC % %q %i 02026 5  1 1767603607 MON utc +0000 05 %::z %:::z %+\n',
    );
    const more = await runApplet(date, ['date', '-d', '@1767603607', '+%3N %6N %_5H %-5H %^b %^B %#a %#b %#p %#P %^p %10A %-10A %_10A %010A %4y %-j %3d']);
    expect(more.stdout).toBe('000 000000     9 9 JAN JANUARY MON JAN am am AM     Monday Monday     Monday 0000Monday 0026 5 005\n');
  });

  it('has -R, -I and --rfc-3339 (recorded)', async () => {
    expect((await runApplet(date, ['date', '-R', '-d', '@0'])).stdout).toBe('Thu, 01 Jan 1970 00:00:00 +0000\n');
    expect((await runApplet(date, ['date', '-Ins', '-d', '@1767603607.5'])).stdout).toBe('2026-01-05T09:00:07,500000000+00:00\n');
    expect((await runApplet(date, ['date', '-Ih', '-d', '@0'])).stdout).toBe('1970-01-01T00+00:00\n');
    expect((await runApplet(date, ['date', '-Im', '-d', '@0'])).stdout).toBe('1970-01-01T00:00+00:00\n');
    expect((await runApplet(date, ['date', '-I', '-d', '@0'])).stdout).toBe('1970-01-01\n');
    expect((await runApplet(date, ['date', '--rfc-3339=s', '-d', '@0'])).stdout).toBe('1970-01-01 00:00:00+00:00\n');
    expect((await runApplet(date, ['date', '-Iseconds', '-d', '@0'], { flavour: 'busybox' })).stdout).toBe('1970-01-01T00:00:00+00:00\n');
    expect((await runApplet(date, ['date', '-Ins', '-d', '@1767603607'], { flavour: 'busybox' })).stdout).toBe('2026-01-05T09:00:07,000000000+00:00\n');
    const bad = await runApplet(date, ['date', '-Ix']);
    expect(bad.stderr).toBe(
      "date: invalid argument ‘x’ for ‘--iso-8601’\nValid arguments are:\n  - ‘hours’\n  - ‘minutes’\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\n",
    );
  });

  it('parses -d strings (GNU) and busybox forms, busybox zeroing the time of day', async () => {
    expect((await runApplet(date, ['date', '-d', '2026-01-05'])).stdout).toBe('Mon Jan  5 00:00:00 UTC 2026\n');
    expect((await runApplet(date, ['date', '-d', '2026-01-05'], { flavour: 'busybox' })).stdout).toBe('Mon Jan  5 00:00:00 UTC 2026\n');
    expect((await runApplet(date, ['date', '-d', '10:30', '+%T'], { flavour: 'busybox' })).stdout).toBe('10:30:00\n');
    expect((await runApplet(date, ['date', '-d', '1 day ago', '+%F'])).stdout).toBe('2026-01-04\n');
    expect((await runApplet(date, ['date', '-u', '-d', '2026-01-05 12:00 +0300'])).stdout).toBe('Mon Jan  5 09:00:00 UTC 2026\n');
    expect((await runApplet(date, ['date', '-d', '', '+%s'])).stdout).toBe(`${Date.UTC(2026, 0, 5) / 1000}\n`);
  });

  it('follows TZ (recorded: Europe/Moscow, UTC+3, an unknown name)', async () => {
    expect((await runApplet(date, ['date', '-d', '@0'], { env: { TZ: 'Europe/Moscow' } })).stdout).toBe('Thu Jan  1 03:00:00 MSK 1970\n');
    expect((await runApplet(date, ['date', '-d', '@0'], { env: { TZ: 'UTC+3' } })).stdout).toBe('Wed Dec 31 21:00:00 UTC 1969\n');
    expect((await runApplet(date, ['date', '-d', '@0'], { env: { TZ: 'Foo/Bar' } })).stdout).toBe('Thu Jan  1 00:00:00 Foo 1970\n');
  });

  it('reports errors as recorded', async () => {
    expect(await runApplet(date, ['date', '-d', 'foo'])).toMatchObject({ status: 1, stderr: 'date: invalid date ‘foo’\n' });
    expect(await runApplet(date, ['date', '-d', 'foo'], { flavour: 'busybox' })).toMatchObject({ status: 1, stderr: "date: invalid date 'foo'\n" });
    expect(await runApplet(date, ['date', '+%Y', 'x'])).toMatchObject({ status: 1, stderr: "date: extra operand ‘x’\nTry 'date --help' for more information.\n" });
    expect(await runApplet(date, ['date', '-R', '-I'])).toMatchObject({ status: 1, stderr: 'date: multiple output formats specified\n' });
    expect(await runApplet(date, ['date', '-d', '@0', '-r', '/etc/hostname'])).toMatchObject({
      status: 1,
      stderr: "date: the options to specify dates for printing are mutually exclusive\nTry 'date --help' for more information.\n",
    });
    expect(await runApplet(date, ['date', '-d', '@0', '-s', '@0'])).toMatchObject({
      status: 1,
      stderr: "date: the options to print and set the time may not be used together\nTry 'date --help' for more information.\n",
    });
    expect(await runApplet(date, ['date', '-d', '@0', '01010000'])).toMatchObject({
      status: 1,
      stderr:
        "date: the argument ‘01010000’ lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'\nTry 'date --help' for more information.\n",
    });
    expect(await runApplet(date, ['date', '-r', '/nonexist'])).toMatchObject({ status: 1, stderr: 'date: /nonexist: No such file or directory\n' });
    expect(await runApplet(date, ['date', '-r', '/nonexist'], { flavour: 'busybox' })).toMatchObject({
      status: 1,
      stderr: "date: can't stat '/nonexist': No such file or directory\n",
    });
  });

  it('only lets root set the clock, and only forward', async () => {
    const user = await runApplet(date, ['date', '01010000']);
    expect(user).toMatchObject({ status: 1, stdout: 'Thu Jan  1 00:00:00 UTC 2026\n', stderr: 'date: cannot set date: Operation not permitted\n' });
    const bb = await runApplet(date, ['date', '01010000'], { flavour: 'busybox' });
    expect(bb).toMatchObject({ status: 0, stderr: "date: can't set date: Operation not permitted\n" });
    const root = await runApplet(date, ['date', '-s', '2026-01-06 00:00:00'], { user: 'root' });
    expect(root.status).toBe(0);
    expect(root.host.clock.now()).toBe(Date.UTC(2026, 0, 6));
  });
});
