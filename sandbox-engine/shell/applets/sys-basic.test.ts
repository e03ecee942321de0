/**
 * pwd, true, false, whoami, uname, hostname, clear, which, yes. Expected texts were recorded from the
 * real programs on Debian 12 (bash 5.2, coreutils 9.1, debianutils 5.7, hostname 3.23, ncurses 6.4)
 * and busybox 1.35, run as a normal user; names and numbers are those of the simulated host.
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { buildCtx, ClosingOutput } from '../../../test/helpers/sys-ctx.ts';
import { createHost } from '../../host/host.ts';
import { EpipeError } from '../process.ts';
import { applet as pwd } from './pwd.ts';
import { applet as trueApplet } from './true.ts';
import { applet as falseApplet } from './false.ts';
import { applet as whoami } from './whoami.ts';
import { applet as uname } from './uname.ts';
import { applet as hostname } from './hostname.ts';
import { applet as clear } from './clear.ts';
import { applet as which } from './which.ts';
import { applet as yes } from './yes.ts';

const BB_BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n';

describe('pwd', () => {
  it('prints the physical directory by default as a program', async () => {
    const host = createHost({ seed: 1 });
    const fs = host.fs(host.credOf('student')!, '/home/student');
    fs.mkdir('real');
    fs.symlink('real', 'link');
    const r = await runApplet(pwd, ['pwd'], { host, cwd: '/home/student/link', env: { PWD: '/home/student/link' } });
    expect(r.stdout).toBe('/home/student/real\n');
    const l = await runApplet(pwd, ['pwd', '-L'], { host, cwd: '/home/student/link', env: { PWD: '/home/student/link' } });
    expect(l.stdout).toBe('/home/student/link\n');
  });

  it('is logical by default as a builtin, and -P resolves', async () => {
    const host = createHost({ seed: 1 });
    const fs = host.fs(host.credOf('student')!, '/home/student');
    fs.mkdir('real');
    fs.symlink('real', 'link');
    const b = buildCtx({ host, argv: ['pwd'], cwd: '/home/student/link', env: { PWD: '/home/student/link' }, messagePrefix: 'bash: line 1: ' });
    expect((await b.run(pwd)).stdout).toBe('/home/student/link\n');
    const p = buildCtx({ host, argv: ['pwd', '-P'], cwd: '/home/student/link', env: { PWD: '/home/student/link' }, messagePrefix: 'bash: line 1: ' });
    expect((await p.run(pwd)).stdout).toBe('/home/student/real\n');
  });

  it('answers --help as the bash builtin does (recorded: status 2, text on stdout)', async () => {
    const host = createHost({ seed: 1 });
    const r = await buildCtx({ host, argv: ['pwd', '--help'], messagePrefix: 'bash: line 1: ' }).run(pwd);
    expect(r.status).toBe(2);
    expect(r.stdout.startsWith('pwd: pwd [-LP]\n    Print the name of the current working directory.\n')).toBe(true);
  });

  it('rejects a $PWD with .. in it (coreutils and busybox both)', async () => {
    const r = await runApplet(pwd, ['pwd', '-L'], { cwd: '/home/student', env: { PWD: '/home/../home/student' } });
    expect(r.stdout).toBe('/home/student\n');
  });

  it('words option errors per implementation', async () => {
    const host = createHost({ seed: 1 });
    // recorded: bash -c 'pwd -x'
    const b = await buildCtx({ host, argv: ['pwd', '-x'], messagePrefix: 'bash: line 1: ' }).run(pwd);
    expect(b).toMatchObject({ status: 2, stderr: 'bash: line 1: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n' });
    // recorded: /bin/pwd -x
    const g = await runApplet(pwd, ['/bin/pwd', '-x'], { host });
    expect(g).toMatchObject({ status: 1, stderr: "/bin/pwd: invalid option -- 'x'\nTry '/bin/pwd --help' for more information.\n" });
    // recorded: /bin/pwd foo
    const op = await runApplet(pwd, ['/bin/pwd', 'foo'], { host });
    expect(op.stderr).toBe('/bin/pwd: ignoring non-option arguments\n');
    expect(op.stdout).toBe('/home/student\n');
    // recorded: busybox pwd -x
    const bb = await runApplet(pwd, ['pwd', '-x'], { host, flavour: 'busybox' });
    expect(bb.status).toBe(1);
    expect(bb.stderr).toBe(`pwd: invalid option -- 'x'\n${BB_BANNER}Usage: pwd\n\nPrint the full filename of the current working directory\n`);
  });
});

describe('true and false', () => {
  it('exit 0 and 1 whatever the arguments', async () => {
    expect((await runApplet(trueApplet, ['true', '-x', 'y'])).status).toBe(0);
    expect((await runApplet(falseApplet, ['false', '--help', 'x'])).status).toBe(1);
  });

  it('coreutils answers a lone --help, keeping its status', async () => {
    const t = await runApplet(trueApplet, ['/bin/true', '--help']);
    expect(t.stdout.startsWith('Usage: /bin/true [ignored command line arguments]\n  or:  /bin/true OPTION\nExit with a status code indicating success.\n')).toBe(true);
    const f = await runApplet(falseApplet, ['/bin/false', '--version']);
    expect(f.status).toBe(1);
    expect(f.stdout.split('\n')[0]).toBe('false (GNU coreutils) 9.1');
    expect(f.stdout.endsWith('\nWritten by Jim Meyering.\n')).toBe(true);
  });

  it('the builtins and busybox print nothing for --help', async () => {
    const host = createHost({ seed: 1 });
    const b = await buildCtx({ host, argv: ['true', '--help'], messagePrefix: 'bash: line 1: ' }).run(trueApplet);
    expect(b).toEqual({ status: 0, stdout: '', stderr: '' });
    const bb = await runApplet(falseApplet, ['false', '--help'], { flavour: 'busybox' });
    expect(bb).toMatchObject({ status: 1, stdout: '', stderr: '' });
  });
});

describe('whoami', () => {
  it('names the effective user', async () => {
    expect((await runApplet(whoami, ['whoami'])).stdout).toBe('student\n');
    expect((await runApplet(whoami, ['whoami'], { user: 'root' })).stdout).toBe('root\n');
  });

  it('rejects operands (recorded)', async () => {
    const g = await runApplet(whoami, ['whoami', 'x']);
    expect(g).toMatchObject({ status: 1, stderr: "whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\n" });
    const b = await runApplet(whoami, ['whoami', 'x'], { flavour: 'busybox' });
    expect(b.status).toBe(1);
    expect(b.stderr).toBe(`${BB_BANNER}Usage: whoami\n\nPrint the user name associated with the current effective user id\n`);
  });

  it('reports a uid without a name (recorded with setpriv --reuid=4242)', async () => {
    const host = createHost({ seed: 1 });
    const cred = { uid: 4242, gid: 4242, groups: [4242] };
    expect(await buildCtx({ host, argv: ['whoami'], cred }).run(whoami)).toMatchObject({ status: 1, stderr: 'whoami: cannot find name for user ID 4242\n' });
    const bb = await buildCtx({ host, argv: ['whoami'], cred, flavour: 'busybox' }).run(whoami);
    expect(bb).toMatchObject({ status: 1, stderr: 'whoami: unknown uid 4242\n' });
  });
});

describe('uname', () => {
  it('prints fields in kernel order, leaving unknown ones out of -a', async () => {
    const a = await runApplet(uname, ['uname', '-a']);
    expect(a.stdout).toBe('Linux docker-host 6.1.0-41-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.158-1 (2025-11-09) x86_64 GNU/Linux\n');
    expect((await runApplet(uname, ['uname'])).stdout).toBe('Linux\n');
    expect((await runApplet(uname, ['uname', '-r', '-s'])).stdout).toBe('Linux 6.1.0-41-amd64\n');
    expect((await runApplet(uname, ['uname', '-pi'])).stdout).toBe('unknown unknown\n');
    expect((await runApplet(uname, ['uname', '-ap'])).stdout).toBe(a.stdout);
  });

  it('words errors per flavour (recorded)', async () => {
    expect((await runApplet(uname, ['uname', 'a'])).stderr).toBe("uname: extra operand ‘a’\nTry 'uname --help' for more information.\n");
    const bb = await runApplet(uname, ['uname', '-x'], { flavour: 'busybox' });
    expect(bb.stderr.startsWith(`uname: invalid option -- 'x'\n${BB_BANNER}Usage: uname [-amnrspvio]\n`)).toBe(true);
  });
});

describe('hostname', () => {
  it('shows the name and what /etc/hosts says about it', async () => {
    expect((await runApplet(hostname, ['hostname'])).stdout).toBe('docker-host\n');
    expect((await runApplet(hostname, ['hostname', '-i'])).stdout).toBe('127.0.1.1\n');
    expect((await runApplet(hostname, ['hostname', '-f'])).stdout).toBe('docker-host\n');
  });

  it('needs root to set it (recorded messages)', async () => {
    const g = await runApplet(hostname, ['hostname', 'foo']);
    expect(g).toMatchObject({ status: 1, stderr: 'hostname: you must be root to change the host name\n' });
    const b = await runApplet(hostname, ['hostname', 'foo'], { flavour: 'busybox' });
    expect(b).toMatchObject({ status: 1, stderr: 'hostname: sethostname: Operation not permitted\n' });
    const r = await runApplet(hostname, ['hostname', 'newname'], { user: 'root' });
    expect(r).toMatchObject({ status: 0, stderr: '' });
  });

  // HostServices has no hostname setter yet (SimHost.setHostname is not reachable from a process).
  const canSet = 'setHostname' in createHost({ seed: 1 }).services;
  if (!canSet) console.info('hostname: skipping "root sets the name": HostServices.setHostname is missing');
  it.skipIf(!canSet)('lets root set the name', async () => {
    const r = await runApplet(hostname, ['hostname', 'newname'], { user: 'root' });
    expect(r.host.services.hostname()).toBe('newname');
  });

  it('fails -f for a name /etc/hosts does not know (recorded in a UTS namespace)', async () => {
    const host = createHost({ seed: 1, hostname: 'foo.example' });
    const root = host.fs(host.credOf('root')!, '/');
    root.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n');
    expect((await runApplet(hostname, ['hostname', '-f'], { host })).stderr).toBe('hostname: Name or service not known\n');
    expect((await runApplet(hostname, ['hostname', '-s'], { host })).stdout).toBe('foo\n');
    expect((await runApplet(hostname, ['hostname', '-f'], { host, flavour: 'busybox' })).stderr).toBe('hostname: foo.example: Unknown host\n');
  });

  it('prints usage on stdout after a bad option, status 255', async () => {
    const r = await runApplet(hostname, ['hostname', '-x']);
    expect(r.status).toBe(255);
    expect(r.stderr).toBe("hostname: invalid option -- 'x'\n");
    expect(r.stdout.startsWith('Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n')).toBe(true);
  });
});

describe('clear', () => {
  it('writes the terminal clear sequence (recorded with od -c)', async () => {
    expect((await runApplet(clear, ['clear'], { env: { TERM: 'xterm' } })).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect((await runApplet(clear, ['clear', '-x'], { env: { TERM: 'xterm' } })).stdout).toBe('\x1b[H\x1b[2J');
    expect((await runApplet(clear, ['clear'], { env: { TERM: 'linux' } })).stdout).toBe('\x1b[H\x1b[J\x1b[3J');
    expect((await runApplet(clear, ['clear'], { env: { TERM: 'vt100' } })).stdout).toBe('\x1b[H\x1b[J');
    expect((await runApplet(clear, ['clear'], { flavour: 'busybox', env: { TERM: 'xterm' } })).stdout).toBe('\x1b[H\x1b[J');
  });

  it('complains about TERM as ncurses does', async () => {
    expect(await runApplet(clear, ['clear'], { env: { TERM: 'foo' } })).toMatchObject({ status: 1, stderr: "'foo': unknown terminal type.\n" });
    expect(await runApplet(clear, ['clear'], { env: { TERM: 'dumb' } })).toMatchObject({ status: 1, stdout: '', stderr: '' });
    const host = createHost({ seed: 1 });
    const b = buildCtx({ host, argv: ['clear'] });
    delete (b.ctx.env as Record<string, string>).TERM;
    expect(await b.run(clear)).toMatchObject({ status: 1, stderr: 'TERM environment variable not set.\n' });
  });
});

describe('which', () => {
  it('prints the first match, all with -a, nothing for a missing name', async () => {
    const host = createHost({ seed: 1 });
    const root = host.fs(host.credOf('root')!, '/');
    root.writeFile('/usr/local/bin/tool', '#!/bin/sh\n', { mode: 0o755 });
    root.writeFile('/usr/bin/tool', '#!/bin/sh\n', { mode: 0o755 });
    root.writeFile('/usr/bin/notexec', 'x', { mode: 0o644 });
    const one = await runApplet(which, ['which', 'tool', 'nosuch'], { host });
    expect(one).toMatchObject({ status: 1, stdout: '/usr/local/bin/tool\n', stderr: '' });
        // /bin is a link to /usr/bin (merged /usr), so -a finds it twice, as Debian's `which -a ls` does.
    expect((await runApplet(which, ['which', '-a', 'tool'], { host })).stdout).toBe('/usr/local/bin/tool\n/usr/bin/tool\n/bin/tool\n');
    expect((await runApplet(which, ['which', 'notexec'], { host })).status).toBe(1);
    expect((await runApplet(which, ['which', '/usr/bin/tool'], { host })).stdout).toBe('/usr/bin/tool\n');
    expect(await runApplet(which, ['which'], { host })).toMatchObject({ status: 1, stdout: '', stderr: '' });
  });

  it('takes an empty PATH entry as ./ (recorded: PATH=:/bin which x -> ./x)', async () => {
    const host = createHost({ seed: 1 });
    host.fs(host.credOf('student')!, '/home/student').writeFile('x', '', { mode: 0o755 });
    expect((await runApplet(which, ['which', 'x'], { host, env: { PATH: ':/bin' } })).stdout).toBe('./x\n');
  });

  it('words option errors per implementation (recorded)', async () => {
    const g = await runApplet(which, ['which', '-x', 'ls']);
    expect(g).toMatchObject({ status: 2, stdout: 'Usage: /usr/bin/which [-a] args\n', stderr: 'Illegal option -x\n' });
    const b = await runApplet(which, ['which'], { flavour: 'busybox' });
    expect(b).toMatchObject({ status: 1, stderr: `${BB_BANNER}Usage: which [-a] COMMAND...\n\nLocate COMMAND\n\n\t-a\tShow all matches\n` });
  });
});

describe('yes', () => {
  it('repeats its line until the reader goes away', async () => {
    const host = createHost({ seed: 1 });
    const sink = new ClosingOutput(3);
    const b = buildCtx({ host, argv: ['yes', 'a', 'b'], stdout: sink });
    await expect(b.run(yes)).rejects.toBeInstanceOf(EpipeError);
    expect(sink.writes).toBe(3);
    expect(sink.bytes % 4).toBe(0); // whole "a b\n" lines only
  });

  it('stops when the step limit fires', async () => {
    const host = createHost({ seed: 1 });
    const b = buildCtx({ host, argv: ['yes'], interruptAfter: 5 });
    await expect(b.run(yes)).rejects.toThrow('interrupted');
    expect(b.out.text().startsWith('y\ny\n')).toBe(true);
  });

  it('parses options only in coreutils (recorded: yes -- -x / busybox yes -- -x)', async () => {
    const host = createHost({ seed: 1 });
    const g = buildCtx({ host, argv: ['yes', '--', '-x'], interruptAfter: 1 });
    await expect(g.run(yes)).rejects.toThrow();
    expect(g.out.text().split('\n')[0]).toBe('-x');
    const bb = buildCtx({ host, argv: ['yes', '--', '-x'], flavour: 'busybox', interruptAfter: 1 });
    await expect(bb.run(yes)).rejects.toThrow();
    expect(bb.out.text().split('\n')[0]).toBe('-- -x');
    expect(await runApplet(yes, ['yes', '-x'])).toMatchObject({ status: 1, stderr: "yes: invalid option -- 'x'\nTry 'yes --help' for more information.\n" });
  });
});
