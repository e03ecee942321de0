/**
 * getfattr against Debian's attr 2.5.1: every expectation below was printed by the real program
 * on files made with setfattr in /tmp/gx (run as root unless said; `runuser -u student` for the
 * unprivileged ones).
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { createHost } from '../../host/host.ts';
import { applet as getfattr } from './getfattr.ts';

function hostWithAttrs() {
  const host = createHost({ seed: 1 });
  const fs = host.fs(host.credOf('root')!, '/');
  fs.mkdir('/tmp/gx', 0o755);
  fs.mkdir('/tmp/gx/d', 0o755);
  fs.writeFile('/tmp/gx/f', '');
  fs.writeFile('/tmp/gx/a\\b', '');
  fs.writeFile('/tmp/gx/p', '', { mode: 0o644 });
  fs.chmod('/tmp/gx/p', 0);
  const mem = host.rootfs;
  mem.setxattr('/tmp/gx/d', 'trusted.overlay.opaque', 'y');
  mem.setxattr('/tmp/gx/f', 'user.a', 'hello');
  mem.setxattr('/tmp/gx/f', 'user.b', new Uint8Array([0x62, 0x69, 0x6e, 0x01]));
  mem.setxattr('/tmp/gx/a\\b', 'user.x=y', '1');
  mem.setxattr('/tmp/gx/p', 'user.a', '1');
  return host;
}

const asRoot = (argv: string[], cwd = '/tmp') => runApplet(getfattr, ['getfattr', ...argv], { host: hostWithAttrs(), user: 'root', cwd });

describe('getfattr', () => {
  it('prints one value bare with --only-values, warning once about the leading slash', async () => {
    expect(await asRoot(['-n', 'trusted.overlay.opaque', '--only-values', '/tmp/gx/d'])).toMatchObject({
      stdout: 'y',
      stderr: "getfattr: Removing leading '/' from absolute path names\n",
      status: 0,
    });
  });

  it('dumps with a header per file, text values quoted, others in base64', async () => {
    expect(await asRoot(['-n', 'trusted.overlay.opaque', '-d', '/tmp/gx/d'])).toMatchObject({
      stdout: '# file: tmp/gx/d\ntrusted.overlay.opaque="y"\n\n',
      status: 0,
    });
    expect(await asRoot(['-d', '-m', '-', '/tmp/gx/d'])).toMatchObject({ stdout: '# file: tmp/gx/d\ntrusted.overlay.opaque="y"\n\n' });
    expect(await asRoot(['-d', 'gx/f'])).toMatchObject({ stdout: '# file: gx/f\nuser.a="hello"\nuser.b=0sYmluAQ==\n\n', stderr: '' });
    expect((await asRoot(['-d', './gx/f'])).stdout).toBe('# file: gx/f\nuser.a="hello"\nuser.b=0sYmluAQ==\n\n');
    expect((await asRoot(['-d', '--absolute-names', '/tmp/gx/f'])).stdout).toBe('# file: /tmp/gx/f\nuser.a="hello"\nuser.b=0sYmluAQ==\n\n');
  });

  it('matches ^user\\. by default, so a trusted attribute needs -m or -n', async () => {
    expect(await asRoot(['-d', '/tmp/gx/d'])).toMatchObject({ stdout: '', stderr: '', status: 0 });
    expect((await asRoot(['-m', '-', 'gx/d'])).stdout).toBe('# file: gx/d\ntrusted.overlay.opaque\n\n');
    expect((await asRoot(['gx/f'])).stdout).toBe('# file: gx/f\nuser.a\nuser.b\n\n');
  });

  it('encodes as asked, and quotes special characters in paths and names', async () => {
    expect((await asRoot(['-n', 'user.b', '-e', 'hex', 'gx/f'])).stdout).toBe('# file: gx/f\nuser.b=0x62696e01\n\n');
    expect((await asRoot(['-n', 'user.a', '-d', '-e', 'base64', 'gx/f'])).stdout).toBe('# file: gx/f\nuser.a=0saGVsbG8=\n\n');
    expect((await asRoot(['-d', 'gx/a\\b'])).stdout).toBe('# file: gx/a\\134b\nuser.x\\075y="1"\n\n');
  });

  it('chooses text while at least 8 bytes in 9 are printable', async () => {
    const host = hostWithAttrs();
    const value = async (bytes: number[]) => {
      host.rootfs.setxattr('/tmp/gx/f', 'user.t', Uint8Array.from(bytes));
      const r = await runApplet(getfattr, ['getfattr', '-n', 'user.t', 'gx/f'], { host, user: 'root', cwd: '/tmp' });
      return r.stdout.split('\n')[1];
    };
    const a = (n: number) => Array<number>(n).fill(0x61);
    expect(await value([...a(7), 1])).toBe('user.t="aaaaaaa\u0001"');
    expect(await value([...a(6), 1])).toBe('user.t=0sYWFhYWFhAQ==');
    expect(await value([...a(7), 10])).toBe('user.t="aaaaaaa\\012"');
    expect(await value([0x78, 0])).toBe('user.t="x"');
    expect(await value([0x78, 0, 0])).toBe('user.t=0seAAA');
    expect(await value([...a(8), 0, 0x61])).toBe('user.t="aaaaaaaa\\000a"');
    expect(await value([0x71, 0x22, 0x5c, 0x78])).toBe('user.t="q\\"\\\\x"');
    expect(await value([])).toBe('user.t=""');
  });

  it('reports a missing attribute or file', async () => {
    expect(await asRoot(['-n', 'user.none', 'gx/f'])).toMatchObject({ stdout: '', stderr: 'gx/f: user.none: No such attribute\n', status: 1 });
    expect(await asRoot(['-n', 'user.none', '/tmp/gx/f'])).toMatchObject({ stderr: '/tmp/gx/f: user.none: No such attribute\n', status: 1 });
    expect(await asRoot(['gx/nosuch'])).toMatchObject({ stderr: 'getfattr: gx/nosuch: No such file or directory\n', status: 1 });
    // The last -n counts.
    expect(await asRoot(['-n', 'user.a', '-n', 'user.x', 'gx/f'])).toMatchObject({ stderr: 'gx/f: user.x: No such attribute\n', status: 1 });
  });

  it('hides trusted.* from a normal user, and needs read permission for user.*', async () => {
    const as = (argv: string[]) => runApplet(getfattr, ['getfattr', ...argv], { host: hostWithAttrs(), user: 'student', cwd: '/tmp' });
    expect(await as(['-d', '-m', '-', '/tmp/gx/d'])).toMatchObject({ stdout: '', stderr: '', status: 0 });
    expect(await as(['-n', 'trusted.overlay.opaque', '/tmp/gx/d'])).toMatchObject({ stderr: '/tmp/gx/d: trusted.overlay.opaque: No such attribute\n', status: 1 });
    expect(await as(['-n', 'user.a', '/tmp/gx/p'])).toMatchObject({ stderr: '/tmp/gx/p: user.a: Permission denied\n', status: 1 });
    // While dumping, the error is printed but does not change the status.
    expect(await as(['-d', '/tmp/gx/p'])).toMatchObject({ stdout: '', stderr: '/tmp/gx/p: user.a: Permission denied\n', status: 0 });
  });

  it('recurses with -R, stripping ./, reading through symlinks', async () => {
    const host = hostWithAttrs();
    host.fs(host.credOf('root')!, '/').symlink('f', '/tmp/gx/lnk');
    const r = await runApplet(getfattr, ['getfattr', '-R', '-d', '.'], { host, user: 'root', cwd: '/tmp/gx' });
    const f = 'user.a="hello"\nuser.b=0sYmluAQ==\n\n';
    expect(r.stdout).toBe(`# file: a\\134b\nuser.x\\075y="1"\n\n# file: f\n${f}# file: lnk\n${f}# file: p\nuser.a="1"\n\n`);
    const h = await runApplet(getfattr, ['getfattr', '-h', '-d', 'lnk'], { host, user: 'root', cwd: '/tmp/gx' });
    expect(h).toMatchObject({ stdout: '', status: 0 });
  });

  it('refuses bad usage with status 2', async () => {
    const usage = "Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...\nTry `getfattr --help' for more information.\n";
    expect(await asRoot([])).toMatchObject({ stderr: usage, status: 2 });
    expect(await asRoot(['-x', 'gx'])).toMatchObject({ stderr: `getfattr: invalid option -- 'x'\n${usage}`, status: 2 });
    expect(await asRoot(['-e', 'foo', '-d', 'gx/f'])).toMatchObject({ stdout: '', stderr: usage, status: 2 });
    expect(await asRoot(['-d', '-m', '[', 'gx/f'])).toMatchObject({ stderr: 'getfattr: invalid regular expression "["\n', status: 1 });
    expect(await asRoot(['--version'])).toMatchObject({ stdout: 'getfattr 2.5.1\n', status: 0 });
    expect((await asRoot(['--help'])).stdout.split('\n').slice(0, 3)).toEqual([
      'getfattr 2.5.1 -- get extended attributes',
      'Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...',
      '  -n, --name=name         get the named extended attribute value',
    ]);
  });
});
