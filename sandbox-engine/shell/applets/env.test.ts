/**
 * env, against coreutils 9.1 and busybox 1.35 on Debian 12 (LANG=C.UTF-8, so coreutils quotes
 * with ‘’). Commands are run through ctx.exec, recorded here instead of executed.
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { buildCtx } from '../../../test/helpers/sys-ctx.ts';
import { createHost } from '../../host/host.ts';
import { applet as env } from './env.ts';

function setup(argv: string[], extra: { flavour?: 'gnu' | 'busybox'; env?: Record<string, string>; execStatus?: number } = {}) {
  const host = createHost({ seed: 1 });
  const root = host.fs(host.credOf('root')!, '/');
  root.writeFile('/usr/bin/tool', '#!/bin/sh\n', { mode: 0o755 });
  return buildCtx({ host, argv, ...extra });
}

describe('env printing', () => {
  it('prints assignments in order, after -i', async () => {
    expect((await runApplet(env, ['env', '-i', 'A=1', 'B=2'])).stdout).toBe('A=1\nB=2\n');
    expect((await runApplet(env, ['env', '-', 'A=b'])).stdout).toBe('A=b\n');
    expect((await runApplet(env, ['env', '-i', '=x'])).stdout).toBe('=x\n');
    expect((await runApplet(env, ['env', '-0', '-i', 'A=1'])).stdout).toBe('A=1\u0000');
  });

  it('keeps a variable where it was when it is set again, and appends new ones', async () => {
    const r = await runApplet(env, ['env', 'USER=x', 'NEW=1'], { env: {} });
    const names = r.stdout.trim().split('\n').map((l) => l.split('=')[0]);
    expect(names.indexOf('USER')).toBeLessThan(names.indexOf('LANG'));
    expect(names[names.length - 1]).toBe('NEW');
    expect(r.stdout).toContain('\nUSER=x\n');
  });

  it('unsets with -u', async () => {
    expect((await runApplet(env, ['env', '-i', '-u', 'A', 'A=1', 'B=2'])).stdout).toBe('A=1\nB=2\n');
    expect((await runApplet(env, ['env', '--unset=HOME'])).stdout).not.toContain('HOME=');
  });
});

describe('env running a command', () => {
  it('execs the command with the new environment', async () => {
    const b = setup(['env', '-i', 'A=1', 'tool', 'x'], { execStatus: 7, env: {} });
    const r = await b.run(env);
    expect(r.status).toBe(7);
    expect(b.calls).toHaveLength(1);
    expect(b.calls[0].argv).toEqual(['tool', 'x']);
    expect(b.calls[0].opts.env).toEqual({ A: '1' });
  });

  it('says why a command cannot run (recorded)', async () => {
    expect(await setup(['env', '-i', 'nosuch']).run(env)).toMatchObject({ status: 127, stderr: 'env: ‘nosuch’: No such file or directory\n' });
    expect(await setup(['env', '-i', '/etc/passwd']).run(env)).toMatchObject({ status: 126, stderr: 'env: ‘/etc/passwd’: Permission denied\n' });
    expect(await setup(['env', '-i', '/tmp']).run(env)).toMatchObject({ status: 126, stderr: 'env: ‘/tmp’: Permission denied\n' });
    expect(await setup(['env', '-i', 'A=1', '--', 'B=2']).run(env)).toMatchObject({ status: 127, stderr: 'env: ‘--’: No such file or directory\n' });
    const bb = { flavour: 'busybox' as const };
    expect(await setup(['env', '-i', 'nosuch'], bb).run(env)).toMatchObject({ status: 127, stderr: "env: can't execute 'nosuch': No such file or directory\n" });
    expect(await setup(['env', '-i', '/tmp'], bb).run(env)).toMatchObject({ status: 126, stderr: "env: can't execute '/tmp': Permission denied\n" });
  });

  it('searches the new PATH (recorded: env -i PATH=/nonexist ls fails)', async () => {
    expect(await setup(['env', '-i', 'PATH=/nonexist', 'tool']).run(env)).toMatchObject({ status: 127, stderr: 'env: ‘tool’: No such file or directory\n' });
  });

  it('changes directory with -C, and complains as recorded', async () => {
    const ok = setup(['env', '-C', '/tmp', 'tool']);
    await ok.run(env);
    expect(ok.calls[0].opts.cwd).toBe('/tmp');
    expect(await setup(['env', '-C', '/nonexist', 'tool']).run(env)).toMatchObject({
      status: 125,
      stderr: "env: cannot change directory to '/nonexist': No such file or directory\n",
    });
    expect(await setup(['env', '-C', '/root', 'tool']).run(env)).toMatchObject({ status: 125, stderr: "env: cannot change directory to '/root': Permission denied\n" });
    expect(await setup(['env', '-C', '/tmp']).run(env)).toMatchObject({ status: 125, stderr: "env: must specify command with --chdir (-C)\nTry 'env --help' for more information.\n" });
  });

  it('prints -v debugging lines (recorded)', async () => {
    const b = setup(['env', '-v', '-u', 'HOME', '-C', '/tmp', 'B=2', 'tool', 'x', 'y z']);
    const r = await b.run(env);
    expect(r.stderr).toBe("unset:    HOME\nsetenv:   B=2\nchdir:    '/tmp'\nexecuting: tool\n   arg[0]= ‘tool’\n   arg[1]= ‘x’\n   arg[2]= ‘y z’\n");
    const s = await setup(['env', '-v', '-S', 'tool  a', 'b']).run(env);
    expect(s.stderr).toBe("split -S:  ‘tool  a’\n into:    ‘tool’\n     &    ‘a’\nexecuting: tool\n   arg[0]= ‘tool’\n   arg[1]= ‘a’\n   arg[2]= ‘b’\n");
  });

  it('splits -S strings (recorded errors)', async () => {
    const ok = setup(['env', '-S', 'tool a\\_b "c\\_d" ${HOME}x #c']);
    await ok.run(env);
    expect(ok.calls[0].argv).toEqual(['tool', 'a', 'b', 'c d', '/home/studentx']);
    expect(await setup(['env', '-S', 'tool "a']).run(env)).toMatchObject({ status: 125, stderr: 'env: no terminating quote in -S string\n' });
    expect(await setup(['env', '-S', 'tool $HOME']).run(env)).toMatchObject({ status: 125, stderr: 'env: only ${VARNAME} expansion is supported, error at: $HOME\n' });
    expect(await setup(['env', '-S', 'tool \\q']).run(env)).toMatchObject({ status: 125, stderr: "env: invalid sequence '\\q' in -S\n" });
  });
});

describe('env option errors (recorded)', () => {
  it('coreutils exits 125', async () => {
    expect(await runApplet(env, ['env', '-x'])).toMatchObject({ status: 125, stderr: "env: invalid option -- 'x'\nTry 'env --help' for more information.\n" });
    expect(await runApplet(env, ['env', '-u'])).toMatchObject({ status: 125, stderr: "env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n" });
    expect(await runApplet(env, ['env', '-u', 'A=b', 'true'])).toMatchObject({ status: 125, stderr: 'env: cannot unset ‘A=b’: Invalid argument\n' });
    expect(await runApplet(env, ['env', '-0', '-i', 'A=1', 'true'])).toMatchObject({
      status: 125,
      stderr: "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n",
    });
  });

  it('busybox shows its usage and exits 1; it ignores a bad -u name', async () => {
    const r = await runApplet(env, ['env', '-x'], { flavour: 'busybox' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "env: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: env [-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]\n\nPrint current environment or run PROG after setting up environment\n\n\t-, -i\tStart with empty environment\n\t-0\tNUL terminated output\n\t-u NAME\tRemove variable from environment\n",
    );
    expect(await runApplet(env, ['env', '-i', '-u', 'A=b'], { flavour: 'busybox' })).toMatchObject({ status: 0, stdout: '' });
  });
});
