/**
 * find against outputs recorded from GNU findutils 4.9.0 and busybox 1.35 on Debian 12 as a normal
 * user in the fixture directory (test/helpers/fs-fixture.ts) plus `nox`, a directory it may not
 * read. The real programs print entries in directory order; the simulator uses name order, so the
 * expected lists here are the recorded lines sorted that way.
 */
import { describe, expect, it } from 'vitest';
import { fixture, BB_BANNER } from '../../../test/helpers/fs-fixture.ts';
import { BUSYBOX_FS_USAGE } from './lib/busybox-usage-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import type { Flavour } from '../process.ts';
import { applet as find } from './find.ts';
import { PACE } from './lib/pace.ts';
import { createHost } from '../../host/host.ts';
import { createSession } from '../session.ts';
import { ROOT } from '../../vfs/types.ts';

const withNox = ({ root }: { root: FileSystem }): void => {
  root.mkdir('nox');
  root.chown('nox', 1000, 1000);
  root.writeFile('nox/f', '');
  root.chmod('nox', 0);
};

const fx = (flavour: Flavour) => fixture(flavour, withNox);

describe('find (GNU findutils)', () => {
  it('walks from . by default and reports unreadable directories', async () => {
    const r = await fx('gnu').run(find, ['find']);
    expect(r).toMatchObject({
      status: 1,
      stdout: '.\n./a\n./b\n./d\n./d/e\n./d/e/f\n./lnk\n./nox\n./sp ace\n',
      stderr: "find: ‘./nox’: Permission denied\n",
    });
  });

  it('reports a missing start point and goes on', async () => {
    const r = await fx('gnu').run(find, ['find', 'zz', 'd']);
    expect(r).toMatchObject({ status: 1, stdout: 'd\nd/e\nd/e/f\n', stderr: 'find: ‘zz’: No such file or directory\n' });
  });

  it('words expression errors like findutils', async () => {
    const f = fx('gnu');
    const err = async (argv: string[]) => (await f.run(find, argv)).stderr;
    expect(await err(['find', '.', '-foo'])).toBe("find: unknown predicate `-foo'\n");
    expect(await err(['find', '-name'])).toBe("find: missing argument to `-name'\n");
    expect(await err(['find', '.', '-type', 'q'])).toBe('find: Unknown argument to -type: q\n');
    expect(await err(['find', '.', '-name', '*.x', 'x'])).toBe("find: paths must precede expression: `x'\n");
    expect(await err(['find', 'd', '-maxdepth'])).toBe("find: missing argument to `-maxdepth'\n");
    expect(await err(['find', 'd', '-maxdepth', 'x'])).toBe('find: Expected a positive decimal integer argument to -maxdepth, but got ‘x’\n');
    expect(await err(['find', 'd', '-exec', 'echo', '{}'])).toBe("find: missing argument to `-exec'\n");
    expect(await err(['find', '.', '(', '-name', 'b'])).toBe("find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n");
    expect(await err(['find', '.', '-newer', 'zz'])).toBe('find: ‘zz’: No such file or directory\n');
    expect(await err(['find', '.', '-user', 'bob'])).toBe('find: ‘bob’ is not the name of a known user\n');
    expect(await err(['find', '.', '-group', 'bob'])).toBe('find: ‘bob’ is not the name of an existing group\n');
    expect(await err(['find', '.', '-perm', '999'])).toBe('find: invalid mode ‘999’\n');
    expect(await err(['find', '.', '-size', '3x'])).toBe("find: invalid -size type `x'\n");
    expect(await err(['find', '.', '-mtime', 'x'])).toBe("find: invalid argument `x' to `-mtime'\n");
  });

  it('evaluates tests, -o, -depth, -mindepth, -maxdepth, -path, -empty', async () => {
    const f = fixture();
    const out = async (argv: string[]) => (await f.run(find, argv)).stdout;
    expect(await out(['find', 'd', '-name', 'e', '-o', '-name', 'f'])).toBe('d/e\nd/e/f\n');
    expect(await out(['find', 'd', '-type', 'd'])).toBe('d\nd/e\n');
    expect(await out(['find', 'd/', '-type', 'f'])).toBe('d/e/f\n');
    expect(await out(['find', '.', '-maxdepth', '1', '-type', 'l'])).toBe('./lnk\n');
    expect(await out(['find', '.', '-mindepth', '2'])).toBe('./d/e\n./d/e/f\n');
    expect(await out(['find', 'd', '-depth'])).toBe('d/e/f\nd/e\nd\n');
    expect(await out(['find', '.', '-maxdepth', '1', '-not', '-name', 'b', '-o', '-name', 'a'])).toBe('.\n./a\n./d\n./lnk\n./sp ace\n');
    expect(await out(['find', '.', '-path', './d/*'])).toBe('./d/e\n./d/e/f\n');
    expect(await out(['find', '-maxdepth', '1', '-type', 'f,l'])).toBe('./a\n./b\n./lnk\n./sp ace\n');
    expect(await out(['find', '.', '-regex', './[ab]'])).toBe('./a\n./b\n');
    expect(await out(['find', '.', '-maxdepth', '1', '-name', '[ab]', '-print0'])).toBe('./a\0./b\0');
    expect(await out(['find', '.', '-iname', 'B'])).toBe('./b\n');
    expect(await out(['find', '.', '-empty'])).toBe('./a\n./d/e/f\n./sp ace\n');
    expect(await out(['find', '.', '-size', '-1k', '-type', 'f'])).toBe('./a\n./d/e/f\n./sp ace\n');
    expect(await out(['find', '.', '-mtime', '+365'])).toBe('./a\n');
  });

  it('-printf and -ls', async () => {
    const f = fixture();
    const r = await f.run(find, ['find', 'd', '-printf', '%p %f %s %m %u %g %y %d %h %P\\n']);
    // Recorded (sizes/owners/depths; %t omitted as it follows the clock).
    expect(r.stdout).toBe('d d 4096 755 student student d 0 . \nd/e e 4096 755 student student d 1 d e\nd/e/f f 0 644 student student f 2 d/e e/f\n');
    const ls = await f.run(find, ['find', '.', '-maxdepth', '1', '-type', 'l', '-ls']);
    const ino = f.fs.lstat('lnk').ino;
    expect(ls.stdout).toBe(`${String(ino).padStart(9)}      0 lrwxrwxrwx   1 student  student         1 Jan  5 09:00 ./lnk -> b\n`);
  });

  it('-delete removes depth-first, -exec runs a program per match or in one batch', async () => {
    const f = fixture();
    expect(await f.run(find, ['find', '.', '-empty', '-delete'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    // As recorded: a, sp ace and d/e/f go, then d/e and d become empty and go too.
    expect(f.fs.readdir('.')).toEqual(['b', 'lnk']);
    const g = fixture();
    const one = await g.run(find, ['find', 'd', '-type', 'f', '-exec', 'ls', '-l', '{}', ';']);
    expect(one.stdout).toBe('-rw-r--r-- 1 student student 0 Jan  5 09:00 d/e/f\n');
    const batch = await g.run(find, ['find', '.', '-maxdepth', '1', '-name', '[ab]', '-exec', 'ls', '{}', '+']);
    expect(batch.stdout).toBe('./a\n./b\n');
    const failing = await g.run(find, ['find', 'd', '-name', 'e', '-exec', 'ls', 'zz', ';', '-print']);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toBe("ls: cannot access 'zz': No such file or directory\n");
  });
});

describe('find (busybox)', () => {
  it('walks and reports errors without quotes', async () => {
    const r = await fx('busybox').run(find, ['find']);
    expect(r).toMatchObject({ status: 1, stdout: '.\n./a\n./b\n./d\n./d/e\n./d/e/f\n./lnk\n./nox\n./sp ace\n', stderr: 'find: ./nox: Permission denied\n' });
    const z = await fx('busybox').run(find, ['find', 'zz', 'd']);
    expect(z).toMatchObject({ status: 1, stdout: 'd\nd/e\nd/e/f\n', stderr: 'find: zz: No such file or directory\n' });
  });

  it('words expression errors like busybox, with usage for unknown words', async () => {
    const f = fx('busybox');
    const err = async (argv: string[]) => (await f.run(find, argv)).stderr;
    expect(await err(['find', '.', '-foo'])).toBe(`find: unrecognized: -foo\n${BB_BANNER}${BUSYBOX_FS_USAGE.find}`);
    expect(await err(['find', '-name'])).toBe('find: -name requires an argument\n');
    expect(await err(['find', '.', '-type', 'q'])).toBe("find: invalid argument 'q' to '-type'\n");
    expect(await err(['find', '.', '-name', '*.x', 'x'])).toBe(`find: unrecognized: x\n${BB_BANNER}${BUSYBOX_FS_USAGE.find}`);
    expect(await err(['find', 'd', '-maxdepth', 'x'])).toBe("find: invalid number 'x'\n");
    expect(await err(['find', 'd', '-exec', 'echo', '{}'])).toBe('find: -exec requires an argument\n');
    expect(await err(['find', '.', '(', '-name', 'b'])).toBe("find: unpaired '('\n");
    expect(await err(['find', '.', '-newer', 'zz'])).toBe("find: can't stat 'zz': No such file or directory\n");
    expect(await err(['find', '.', '-user', 'bob'])).toBe('find: unknown user bob\n');
    expect(await err(['find', '.', '-perm', '999'])).toBe("find: invalid mode '999'\n");
    expect(await err(['find', '.', '-size', '3x'])).toBe("find: invalid number '3x'\n");
  });

  it('substitutes {} inside words for -exec', async () => {
    const f = fixture('busybox');
    const r = await f.run(find, ['find', 'd', '-type', 'f', '-exec', 'ls', 'x{}y', ';']);
    expect(r.stderr).toBe('ls: xd/e/fy: No such file or directory\n');
  });
});

describe('find and the event loop', () => {
  it('gives the event loop a turn every few hundred files, not for each one', async () => {
    const host = createHost({ seed: 1 });
    const fs = host.fs(ROOT);
    fs.mkdir('/srv/t');
    for (let d = 0; d < 10; d++) {
      fs.mkdir(`/srv/t/d${d}`);
      for (let f = 0; f < 100; f++) fs.writeFile(`/srv/t/d${d}/f${f}`, '');
    }
    let yields = 0;
    let out = '';
    const session = createSession({ host, onOutput: (t) => (out += t), yieldControl: async () => void yields++ });
    expect(await session.runScript('find /srv/t', { mode: 'command' })).toBe(0);
    expect(out.split('\n').length - 1).toBe(1011);
    // 1,011 entries: one turn per PACE of them (the shell itself may add one or two).
    expect(yields).toBeGreaterThanOrEqual(Math.floor(1010 / PACE));
    expect(yields).toBeLessThan(10);
  });
});
