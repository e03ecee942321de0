/**
 * ps and kill over the simulated process table, including a container's PID namespace. Headers,
 * column widths and messages recorded from procps-ng 4.0.2 (pid_max 4194304), bash 5.2 and
 * busybox 1.35 (ps layout from Alpine's build, see lib/ps-busybox.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildCtx } from '../../../test/helpers/sys-ctx.ts';
import { createHost, type SimHost } from '../../host/host.ts';
import { applet as ps } from './ps.ts';
import { applet as kill } from './kill.ts';
import { compact4 } from './lib/ps-busybox.ts';

interface World {
  host: SimHost;
  shell: number;
  sleeper: number;
  ctrInit: number;
  ctrSleep: number;
  signals: [number, number][];
}

/** A host with student's login shell on pts/0 running `sleep 300`, and a container (PID ns 7). */
function world(): World {
  const host = createHost({ seed: 1 });
  const signals: [number, number][] = [];
  host.processes.onSignal = (pid, sig) => signals.push([pid, sig]);
  const t = host.clock.now();
  const add = (p: { ppid: number; uid: number; argv: string[]; tty?: string; pidns?: number; nspid?: number }) =>
    host.processes.add({ ppid: p.ppid, uid: p.uid, argv: p.argv, tty: p.tty ?? '?', startTime: t, state: 'S', pidns: p.pidns ?? 0, nspid: p.nspid }).pid;
  const shell = add({ ppid: 1, uid: 1000, argv: ['-bash'], tty: 'pts/0' });
  const sleeper = add({ ppid: shell, uid: 1000, argv: ['sleep', '300'], tty: 'pts/0' });
  const shim = add({ ppid: 1, uid: 0, argv: ['/usr/bin/containerd-shim-runc-v2', '-namespace', 'moby'] });
  const ctrInit = add({ ppid: shim, uid: 0, argv: ['/bin/sh'], pidns: 7, nspid: 1 });
  const ctrSleep = add({ ppid: ctrInit, uid: 0, argv: ['sleep', '1000'], pidns: 7, nspid: 7 });
  host.clock.advance(90_061_000); // a day, an hour, a minute and a second later
  return { host, shell, sleeper, ctrInit, ctrSleep, signals };
}

/** Run ps/kill as a process of the host: a child of the shell on its terminal. */
function onHost(w: World, argv: string[], extra: { flavour?: 'gnu' | 'busybox'; user?: string; messagePrefix?: string } = {}) {
  const pid = w.host.processes.add({ ppid: w.shell, uid: extra.user === 'root' ? 0 : 1000, argv, tty: 'pts/0', startTime: w.host.clock.now(), state: 'R', pidns: 0 }).pid;
  return buildCtx({ host: w.host, argv, pid, ...extra });
}

/** Run inside the container: `docker exec c ps`. */
function inContainer(w: World, argv: string[], flavour: 'gnu' | 'busybox' = 'busybox') {
  const pid = w.host.processes.add({ ppid: w.ctrInit, uid: 0, argv, tty: '?', startTime: w.host.clock.now(), state: 'R', pidns: 7, nspid: 9 }).pid;
  return buildCtx({ host: w.host, argv, pid, user: 'root', flavour });
}

describe('ps (procps)', () => {
  it('shows the caller\'s terminal by default', async () => {
    const w = world();
    const r = await onHost(w, ['ps']).run(ps);
    expect(r.stdout).toBe(
      ['    PID TTY          TIME CMD', `   ${w.shell} pts/0    00:00:00 bash`, `   ${w.sleeper} pts/0    00:00:00 sleep`, `   ${w.ctrSleep + 1} pts/0    00:00:00 ps`, ''].join('\n'),
    );
  });

  it('lists everything with host PIDs for -ef, with STIME as the day when older than a day', async () => {
    const w = world();
    const r = await onHost(w, ['ps', '-ef']).run(ps);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(lines[1]).toBe('root           1       0  0 Jan05 ?        00:00:00 /sbin/init');
    expect(r.stdout).toContain(`\nstudent     ${w.sleeper}    ${w.shell}  0 Jan05 pts/0    00:00:00 sleep 300\n`);
    expect(r.stdout).toContain(`\nroot        ${w.ctrSleep}    ${w.ctrInit}  0 Jan05 ?        00:00:00 sleep 1000\n`);
    expect(r.stdout).toContain(`\nstudent     ${w.ctrSleep + 1}    ${w.shell}  0 10:01 pts/0    00:00:00 ps -ef\n`);
  });

  it('has the BSD user format for aux', async () => {
    const w = world();
    const r = await onHost(w, ['ps', 'aux']).run(ps);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(r.stdout).toContain(`\nstudent     ${w.shell}  0.0  0.1   8724  5376 pts/0    Ss   Jan05   0:00 -bash\n`);
    expect(r.stdout).toContain(`\nstudent     ${w.sleeper}  0.0  0.0   5476  1828 pts/0    S+   Jan05   0:00 sleep 300\n`);
  });

  it('takes -o lists with renamed or empty headers', async () => {
    const w = world();
    const r = await onHost(w, ['ps', '-o', 'pid,user=USERNAME,etime,comm', '-p', String(w.sleeper)]).run(ps);
    expect(r.stdout).toBe(`    PID USERNAME     ELAPSED COMMAND\n   ${w.sleeper} student   1-01:01:01 sleep\n`);
    const bare = await onHost(w, ['ps', '-o', 'pid=', '-p', `1,${w.shell}`]).run(ps);
    expect(bare.stdout).toBe(`      1\n   ${w.shell}\n`);
  });

  it('exits 1 with only the header when nothing matches, and reports bad options (recorded)', async () => {
    const w = world();
    expect(await onHost(w, ['ps', '-p', '999999']).run(ps)).toEqual({ status: 1, stdout: '    PID TTY          TIME CMD\n', stderr: '' });
    const usage =
      "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";
    expect(await onHost(w, ['ps', '-o', 'foo']).run(ps)).toMatchObject({ status: 1, stderr: `error: unknown user-defined format specifier "foo"\n${usage}` });
    expect(await onHost(w, ['ps', '-p', 'abc']).run(ps)).toMatchObject({ status: 1, stderr: `error: process ID list syntax error\n${usage}` });
    expect(await onHost(w, ['ps', '-u', 'nosuch']).run(ps)).toMatchObject({ status: 1, stderr: `error: user name does not exist\n${usage}` });
    expect(await onHost(w, ['ps', '-Q']).run(ps)).toMatchObject({ status: 1, stderr: `error: unsupported SysV option\n${usage}` });
  });

  it('sorts with --sort and rejects unknown keys (recorded message)', async () => {
    const w = world();
    const r = await onHost(w, ['ps', '-eo', 'pid,rss,comm', '--sort=-rss']).run(ps);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['    PID   RSS COMMAND', '    705 82488 dockerd', '    612 46056 containerd']);
    const bad = await onHost(w, ['ps', '-e', '--sort=foo']).run(ps);
    expect(bad.stderr.startsWith('error: unknown sort specifier\n')).toBe(true);
  });

  it('leaves the session leader out of -a', async () => {
    const w = world();
    const r = await onHost(w, ['ps', '-a', '-o', 'pid=']).run(ps);
    expect(r.stdout).toBe(`   ${w.sleeper}\n   ${w.ctrSleep + 1}\n`);
  });

  it('shows only the container\'s processes, with their own PIDs, inside it', async () => {
    const w = world();
    const r = await inContainer(w, ['ps', '-ef'], 'gnu').run(ps);
    expect(r.stdout).toBe(
      [
        'UID          PID    PPID  C STIME TTY          TIME CMD',
        'root           1       0  0 Jan05 ?        00:00:00 /bin/sh',
        'root           7       1  0 Jan05 ?        00:00:00 sleep 1000',
        'root           9       1  0 10:01 ?        00:00:00 ps -ef',
        '',
      ].join('\n'),
    );
  });
});

describe('ps (busybox)', () => {
  it('prints PID USER TIME COMMAND for every process of the namespace', async () => {
    const w = world();
    const r = await inContainer(w, ['ps']).run(ps);
    expect(r.stdout).toBe(['PID   USER     TIME  COMMAND', '    1 root      0:00 /bin/sh', '    7 root      0:00 sleep 1000', '    9 root      0:00 ps', ''].join('\n'));
  });

  it('takes -o with busybox widths and rejects unknown columns (recorded message)', async () => {
    const w = world();
    const r = await inContainer(w, ['ps', '-o', 'pid,ppid,etime,comm']).run(ps);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['PID   PPID  ELAPSED COMMAND', '    1     0  1d01   sh', '    7     1  1d01   sleep']);
    const bad = await inContainer(w, ['ps', '-o', 'foo']).run(ps);
    expect(bad).toMatchObject({
      status: 1,
      stderr: "ps: bad -o argument 'foo', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\n",
    });
    const x = await inContainer(w, ['ps', '-x']).run(ps);
    expect(x.stderr.startsWith("ps: invalid option -- 'x'\nBusyBox v1.35.0")).toBe(true);
  });

  it('writes sizes in four characters like smart_ulltoa4', () => {
    expect(compact4(1636)).toBe('1636');
    expect(compact4(848)).toBe(' 848');
    expect(compact4(167_828)).toBe('163m');
    expect(compact4(2_119_772)).toBe('2.0g');
  });
});

describe('kill', () => {
  it('signals the user\'s own process, TERM by default', async () => {
    const w = world();
    expect((await onHost(w, ['kill', String(w.sleeper)], { messagePrefix: 'bash: line 1: ' }).run(kill)).status).toBe(0);
    expect((await onHost(w, ['kill', '-9', String(w.sleeper)], { messagePrefix: 'bash: line 1: ' }).run(kill)).status).toBe(0);
    expect((await onHost(w, ['kill', '-s', 'hup', String(w.sleeper)], { messagePrefix: 'bash: line 1: ' }).run(kill)).status).toBe(0);
    expect(w.signals).toEqual([
      [w.sleeper, 15],
      [w.sleeper, 9],
      [w.sleeper, 1],
    ]);
  });

  it('words failures as the bash builtin does (recorded)', async () => {
    const w = world();
    const r = await onHost(w, ['kill', '1', '999999', 'abc', '%1', ''], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'bash: line 1: kill: (1) - Operation not permitted',
        'bash: line 1: kill: (999999) - No such process',
        'bash: line 1: kill: abc: arguments must be process or job IDs',
        'bash: line 1: kill: %1: no such job',
        "bash: line 1: kill: `': not a pid or valid job spec",
        '',
      ].join('\n'),
    );
    expect(w.signals).toEqual([]);
    const usage = await onHost(w, ['kill'], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(usage).toMatchObject({ status: 2, stderr: 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n' });
    const bad = await onHost(w, ['kill', '-x', '1'], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(bad).toMatchObject({ status: 1, stderr: 'bash: line 1: kill: x: invalid signal specification\n' });
  });

  it('answers --help as the bash builtin does (recorded: status 2)', async () => {
    const w = world();
    const r = await onHost(w, ['kill', '--help'], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['kill: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', '    Send a signal to a job.']);
  });

  it('lets root signal anyone', async () => {
    const w = world();
    expect((await onHost(w, ['kill', String(w.ctrSleep)], { user: 'root', messagePrefix: 'bash: line 1: ' }).run(kill)).status).toBe(0);
    expect(w.signals).toEqual([[w.ctrSleep, 15]]);
  });

  it('lists and translates signals (recorded bash kill -l)', async () => {
    const w = world();
    const table = await onHost(w, ['kill', '-l'], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(table.stdout.split('\n')[0]).toBe(' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP');
    expect(table.stdout.endsWith('63) SIGRTMAX-1\t64) SIGRTMAX\t\n')).toBe(true);
    const tr = await onHost(w, ['kill', '-l', '9', '137', 'SIGHUP', 'foo'], { messagePrefix: 'bash: line 1: ' }).run(kill);
    expect(tr).toEqual({ status: 1, stdout: 'KILL\nKILL\n1\n', stderr: 'bash: line 1: kill: foo: invalid signal specification\n' });
  });

  it('speaks procps as /bin/kill (recorded)', async () => {
    const w = world();
    const r = await onHost(w, ['/bin/kill', '1', '999999', 'abc']).run(kill);
    expect(r).toMatchObject({
      status: 1,
      stderr: "/bin/kill: (1): Operation not permitted\n/bin/kill: (999999): No such process\n/bin/kill: failed to parse argument: 'abc'\n",
    });
  });

  it('uses the container\'s PIDs inside it, and busybox wording (recorded)', async () => {
    const w = world();
    expect((await inContainer(w, ['kill', '7']).run(kill)).status).toBe(0);
    expect(w.signals).toEqual([[w.ctrSleep, 15]]);
    // host PIDs mean nothing inside the namespace
    const r = await inContainer(w, ['kill', String(w.sleeper), 'abc']).run(kill);
    expect(r).toMatchObject({ status: 2, stderr: `kill: can't kill pid ${w.sleeper}: No such process\nkill: invalid number 'abc'\n` });
    const sh = buildCtx({ host: w.host, argv: ['kill'], flavour: 'busybox', messagePrefix: 'sh: ' });
    expect(await sh.run(kill)).toMatchObject({ status: 1, stderr: 'sh: you need to specify whom to kill\n' });
    const bad = await inContainer(w, ['kill', '-CLD', '7']).run(kill);
    expect(bad).toMatchObject({ status: 1, stderr: "kill: bad signal name 'CLD'\n" });
  });
});
