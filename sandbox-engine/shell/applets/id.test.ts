/**
 * id, checked against coreutils 9.1 and busybox 1.35 run on Debian 12 as a user in sudo and docker.
 * There the uids were 1001/27/1002; the simulated host has student 1000, sudo 27, docker 999, so the
 * recorded lines appear here with those numbers (same order rules: the kernel's group list is
 * sorted, coreutils puts the primary group first, busybox prints getgroups() as is).
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { buildCtx } from '../../../test/helpers/sys-ctx.ts';
import { createHost } from '../../host/host.ts';
import { applet as id } from './id.ts';

const BB_ID_USAGE =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: id [-ugGnr] [USER]\n\nPrint information about USER or the current user\n\n\t-u\tUser ID\n\t-g\tGroup ID\n\t-G\tSupplementary group IDs\n\t-n\tPrint names instead of numbers\n\t-r\tPrint real ID instead of effective ID\n';

/** The Debian-like host's student, with the busybox flavour's messages. */
async function bb(argv: string[], user = 'student') {
  return buildCtx({ host: createHost({ seed: 1 }), argv, user, flavour: 'busybox' }).run(id);
}

describe('id (coreutils)', () => {
  it('prints the default line with the primary group first', async () => {
    const r = await runApplet(id, ['id']);
    expect(r).toMatchObject({ status: 0, stdout: 'uid=1000(student) gid=1000(student) groups=1000(student),27(sudo),999(docker)\n' });
    expect((await runApplet(id, ['id', 'root'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect((await runApplet(id, ['id', '0'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });

  it('prints one kind of ID with -u, -g, -G, names with -n', async () => {
    expect((await runApplet(id, ['id', '-u'])).stdout).toBe('1000\n');
    expect((await runApplet(id, ['id', '-G'])).stdout).toBe('1000 27 999\n');
    expect((await runApplet(id, ['id', '-Gn'])).stdout).toBe('student sudo docker\n');
    expect((await runApplet(id, ['id', '-un'])).stdout).toBe('student\n');
    expect((await runApplet(id, ['id', '-ur'])).stdout).toBe('1000\n');
    expect((await runApplet(id, ['id', '-Gz'])).stdout).toBe('1000\u000027\u0000999\u0000');
  });

  it('handles several users and a missing one', async () => {
    const r = await runApplet(id, ['id', '-u', 'root', 'nosuch', 'student']);
    expect(r).toEqual(expect.objectContaining({ status: 1, stdout: '0\n1000\n', stderr: 'id: ‘nosuch’: no such user\n' }));
  });

  it('rejects contradictory options with the recorded messages', async () => {
    expect(await runApplet(id, ['id', '-u', '-g'])).toMatchObject({ status: 1, stderr: 'id: cannot print "only" of more than one choice\n' });
    expect(await runApplet(id, ['id', '-n'])).toMatchObject({ status: 1, stderr: 'id: cannot print only names or real IDs in default format\n' });
    expect(await runApplet(id, ['id', '-z'])).toMatchObject({ status: 1, stderr: 'id: option --zero not permitted in default format\n' });
    expect(await runApplet(id, ['id', '-x'])).toMatchObject({ status: 1, stderr: "id: invalid option -- 'x'\nTry 'id --help' for more information.\n" });
    expect(await runApplet(id, ['id', '-Z'])).toMatchObject({ status: 1, stderr: 'id: --context (-Z) works only on an SELinux-enabled kernel\n' });
  });

  it('prints numbers for IDs without names (recorded with setpriv --reuid=4242 --clear-groups)', async () => {
    const host = createHost({ seed: 1 });
    const cred = { uid: 4242, gid: 4242, groups: [] };
    expect((await buildCtx({ host, argv: ['id'], cred }).run(id)).stdout).toBe('uid=4242 gid=4242 groups=4242\n');
    const un = await buildCtx({ host, argv: ['id', '-un'], cred }).run(id);
    expect(un).toEqual({ status: 1, stdout: '4242\n', stderr: 'id: cannot find name for user ID 4242\n' });
    const gn = await buildCtx({ host, argv: ['id', '-Gn'], cred }).run(id);
    expect(gn).toEqual({ status: 1, stdout: '4242\n', stderr: 'id: cannot find name for group ID 4242\n' });
  });
});

describe('id (busybox)', () => {
  it('prints getgroups() in kernel order in the default line, primary first for -G', async () => {
    expect((await bb(['id'])).stdout).toBe('uid=1000(student) gid=1000(student) groups=27(sudo),999(docker),1000(student)\n');
    expect((await bb(['id', '-G'])).stdout).toBe('1000 27 999\n');
    expect((await bb(['id', 'student'])).stdout).toBe('uid=1000(student) gid=1000(student) groups=1000(student),27(sudo),999(docker)\n');
  });

  it('shows usage for contradictions and says unknown user', async () => {
    expect(await bb(['id', '-u', '-g'])).toMatchObject({ status: 1, stderr: BB_ID_USAGE });
    expect(await bb(['id', '-n'])).toMatchObject({ status: 1, stderr: BB_ID_USAGE });
    expect(await bb(['id', 'a', 'b'])).toMatchObject({ status: 1, stderr: BB_ID_USAGE });
    expect(await bb(['id', 'nosuch'])).toMatchObject({ status: 1, stderr: 'id: unknown user nosuch\n' });
    expect(await bb(['id', '0'])).toMatchObject({ status: 1, stderr: 'id: unknown user 0\n' });
  });

  it('omits groups= when there are none and words unknown names its own way', async () => {
    const host = createHost({ seed: 1 });
    const cred = { uid: 4242, gid: 4242, groups: [] };
    expect((await buildCtx({ host, argv: ['id'], cred, flavour: 'busybox' }).run(id)).stdout).toBe('uid=4242 gid=4242\n');
    const un = await buildCtx({ host, argv: ['id', '-un'], cred, flavour: 'busybox' }).run(id);
    expect(un).toEqual({ status: 1, stdout: '4242\n', stderr: 'id: unknown ID 4242\n' });
  });
});
