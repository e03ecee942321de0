/**
 * sudo and su. Messages and environments recorded from sudo 1.9.13p3 and util-linux 2.38 su on
 * Debian 12 (student in group sudo with NOPASSWD), busybox 1.35 su. The child is not run here:
 * ctx.exec calls are recorded with the options (user, cred, env, cwd) the shell must honour.
 */
import { describe, expect, it } from 'vitest';
import { buildCtx } from '../../../test/helpers/sys-ctx.ts';
import { createHost } from '../../host/host.ts';
import { applet as sudo, SECURE_PATH } from './sudo.ts';
import { applet as su } from './su.ts';
import { BytesInput } from '../streams.ts';

function run(argv: string[], o: { user?: string; env?: Record<string, string>; flavour?: 'gnu' | 'busybox'; stdin?: string } = {}) {
  const host = createHost({ seed: 1 });
  const b = buildCtx({ host, argv, user: o.user, env: o.env, flavour: o.flavour, stdin: o.stdin === undefined ? undefined : new BytesInput(o.stdin) });
  return b;
}

describe('sudo', () => {
  it('runs the command as root with a reset environment in sudo\'s order', async () => {
    const b = run(['sudo', 'id', '-u'], { env: { FOO: '1', COLORTERM: 'x', TZ: 'UTC' } });
    const r = await b.run(sudo);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(b.calls).toHaveLength(1);
    const { argv, opts } = b.calls[0];
    expect(argv).toEqual(['id', '-u']);
    expect(opts.user).toBe('root');
    expect(opts.cred).toEqual({ uid: 0, gid: 0, groups: [0] });
    // recorded: kept variables in their order (PATH in place, as secure_path), then the rest
    expect(Object.entries(opts.env as Record<string, string>)).toEqual([
      ['PATH', SECURE_PATH],
      ['LANG', 'C.UTF-8'],
      ['TERM', 'xterm'],
      ['COLORTERM', 'x'],
      ['TZ', 'UTC'],
      ['MAIL', '/var/mail/root'],
      ['LOGNAME', 'root'],
      ['USER', 'root'],
      ['HOME', '/root'],
      ['SHELL', '/bin/bash'],
      ['SUDO_COMMAND', '/usr/bin/id -u'],
      ['SUDO_USER', 'student'],
      ['SUDO_UID', '1000'],
      ['SUDO_GID', '1000'],
    ]);
  });

  it('passes the child\'s status through', async () => {
    const host = createHost({ seed: 1 });
    const b = buildCtx({ host, argv: ['sudo', 'ls', '/nonexist'], execStatus: 2 });
    expect((await b.run(sudo)).status).toBe(2);
  });

  it('runs as another user with -u, and -g changes the group', async () => {
    const b = run(['sudo', '-u', 'nobody', '-g', 'docker', 'id']);
    await b.run(sudo);
    expect(b.calls[0].opts.user).toBe('nobody');
    expect(b.calls[0].opts.cred).toEqual({ uid: 65534, gid: 999, groups: [999, 65534] });
  });

  it('says what is wrong, as recorded', async () => {
    expect(await run(['sudo', 'nosuch']).run(sudo)).toMatchObject({ status: 1, stderr: 'sudo: nosuch: command not found\n' });
    expect(await run(['sudo', '/etc/passwd']).run(sudo)).toMatchObject({ status: 1, stderr: 'sudo: /etc/passwd: command not found\n' });
    expect(await run(['sudo', 'cd', '/tmp']).run(sudo)).toMatchObject({
      status: 1,
      stderr:
        'sudo: cd: command not found\nsudo: "cd" is a shell built-in command, it cannot be run directly.\nsudo: the -s option may be used to run a privileged shell.\nsudo: the -D option may be used to run a command in a specific directory.\n',
    });
    expect(await run(['sudo', '-u', 'nosuch', 'id']).run(sudo)).toMatchObject({
      status: 1,
      stderr: 'sudo: unknown user nosuch\nsudo: error initializing audit plugin sudoers_audit\n',
    });
    expect(await run(['sudo', '-u', '#4242', 'id']).run(sudo)).toMatchObject({ status: 1, stderr: 'sudo: unknown user #4242\n' });
    expect(await run(['sudo', '-g', 'nosuch', 'id']).run(sudo)).toMatchObject({
      status: 1,
      stderr: 'sudo: unknown group nosuch\nsudo: error initializing audit plugin sudoers_audit\n',
    });
    const usage = await run(['sudo']).run(sudo);
    expect(usage.status).toBe(1);
    expect(usage.stderr.startsWith('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n')).toBe(true);
    const bad = await run(['sudo', '-x']).run(sudo);
    expect(bad.stderr.startsWith("sudo: invalid option -- 'x'\nusage: sudo -h | -K | -k | -V\n")).toBe(true);
  });

  it('asks a password of users outside the sudo group (recorded without a terminal)', async () => {
    const b = run(['sudo', 'true'], { user: 'nobody' });
    expect(await b.run(sudo)).toMatchObject({
      status: 1,
      stderr:
        'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n',
    });
    expect(b.calls).toEqual([]);
  });

  it('runs a shell for -s and a login shell in the target\'s home for -i', async () => {
    const s = run(['sudo', '-s', 'echo', 'a b']);
    await s.run(sudo);
    expect(s.calls[0].argv).toEqual(['/bin/bash', '-c', 'echo a\\ b']);
    const i = run(['sudo', '-u', 'student', '-i', 'pwd']);
    await i.run(sudo);
    expect(i.calls[0].argv).toEqual(['/bin/bash', '-l', '-c', 'pwd']);
    expect(i.calls[0].opts.cwd).toBe('/home/student');
  });

  it('preserves the environment with -E, replacing PATH and the user names', async () => {
    const b = run(['sudo', '-E', 'env'], { env: { FOO: '1' } });
    await b.run(sudo);
    const env = b.calls[0].opts.env as Record<string, string>;
    expect(env.FOO).toBe('1');
    expect(env.HOME).toBe('/home/student');
    expect(env.PATH).toBe(SECURE_PATH);
    expect(env.USER).toBe('root');
    expect(env.SUDO_USER).toBe('student');
  });

  it('lists the privileges and prints its version', async () => {
    const l = await run(['sudo', '-l']).run(sudo);
    expect(l.stdout).toBe(
      'Matching Defaults entries for student on docker-host:\n    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin, use_pty\n\nUser student may run the following commands on docker-host:\n    (ALL : ALL) NOPASSWD: ALL\n',
    );
    expect((await run(['sudo', '-V']).run(sudo)).stdout.split('\n')[0]).toBe('Sudo version 1.9.13p3');
  });
});

describe('su', () => {
  it('asks a password of a normal user and fails (recorded)', async () => {
    const b = run(['su'], { stdin: 'guess\n' });
    expect(await b.run(su)).toMatchObject({ status: 1, stderr: 'Password: su: Authentication failure\n' });
    expect(b.calls).toEqual([]);
    expect(await run(['su'], { flavour: 'busybox' }).run(su)).toMatchObject({ status: 1, stderr: 'su: must be suid to work properly\n' });
  });

  it('lets root become anyone; `su - user` starts a login shell at home', async () => {
    const b = run(['su', '-', 'student', '-c', 'pwd'], { user: 'root' });
    await b.run(su);
    expect(b.calls[0].argv).toEqual(['/bin/bash', '-l', '-c', 'pwd']);
    expect(b.calls[0].opts.cwd).toBe('/home/student');
    expect(b.calls[0].opts.user).toBe('student');
    // recorded `sudo su - student -c env` (order; PWD is the shell's)
    expect(Object.keys(b.calls[0].opts.env as object)).toEqual(['MAIL', 'USER', 'HOME', 'LOGNAME', 'TERM', 'PATH', 'SHELL']);
    expect((b.calls[0].opts.env as Record<string, string>).PATH).toBe('/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games');
  });

  it('reports unknown users per implementation (recorded)', async () => {
    expect(await run(['su', 'nosuch'], { user: 'root' }).run(su)).toMatchObject({
      status: 1,
      stderr: 'su: user nosuch does not exist or the user entry does not contain all the required fields\n',
    });
    expect(await run(['su', 'nosuch'], { user: 'root', flavour: 'busybox' }).run(su)).toMatchObject({ status: 1, stderr: 'su: unknown user nosuch\n' });
    expect(await run(['su', '-x'], { user: 'root' }).run(su)).toMatchObject({ status: 1, stderr: "su: invalid option -- 'x'\nTry 'su --help' for more information.\n" });
  });
});
