/**
 * readlink against the real programs: every row was recorded as student in /home/student/w (the
 * fixture directory, so absolute paths match) with GNU coreutils 9.1 readlink and busybox 1.35:
 *
 *   touch a; echo hello > b; ln -s b lnk; mkdir -p d/e; touch d/e/f 'sp ace'
 *   ln -s nowhere dang; ln -s lnk l2; ln -s d/e sl; ln -s loop1 loop2; ln -s loop2 loop1
 *   ln -s self self; mkdir noperm; ln -s x noperm/lk; chmod 000 noperm
 *   ln -s /etc/passwd/x abs; ln -s d dl; ln -s ../nowhere d/up; ln -s zz d/rel
 *
 * Rows are [args, stdout, stderr, status].
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/helpers/fs-fixture.ts';
import type { Flavour } from '../process.ts';
import { applet as readlink } from './readlink.ts';

type Row = [string[], string, string, number];

const USAGE = "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: readlink [-fnv] FILE\n\nDisplay the value of a symlink\n\n\t-f\tCanonicalize by following all symlinks\n\t-n\tDon't add newline\n\t-v\tVerbose\n";

const GNU: Row[] = [
  [["lnk"], "b\n", "", 0],
  [["b"], "", "", 1],
  [["dang"], "nowhere\n", "", 0],
  [["nosuch"], "", "", 1],
  [[], "", "readlink: missing operand\nTry 'readlink --help' for more information.\n", 1],
  [["-n", "lnk"], "b", "", 0],
  [["lnk", "l2"], "b\nlnk\n", "", 0],
  [["lnk", "b"], "b\n", "", 1],
  [["-n", "lnk", "l2"], "b\nlnk\n", "readlink: ignoring --no-newline with multiple arguments\n", 0],
  [["-f", "l2"], "/home/student/w/b\n", "", 0],
  [["-f", "dang"], "/home/student/w/nowhere\n", "", 0],
  [["-f", "nosuch"], "/home/student/w/nosuch\n", "", 0],
  [["-f", "nosuch/x"], "", "", 1],
  [["-f", "b/x"], "", "", 1],
  [["-e", "dang"], "", "", 1],
  [["-e", "l2"], "/home/student/w/b\n", "", 0],
  [["-m", "nosuch/x/../y"], "/home/student/w/nosuch/y\n", "", 0],
  [["-m", "b/x"], "/home/student/w/b/x\n", "", 0],
  [["-f", "loop1"], "", "", 1],
  [["-m", "loop1"], "/home/student/w/loop1\n", "", 0],
  [["-mv", "loop1/x"], "/home/student/w/loop1/x\n", "", 0],
  [["-f", "."], "/home/student/w\n", "", 0],
  [["-f", "dl/"], "/home/student/w/d\n", "", 0],
  [["-f", "b/"], "", "", 1],
  [["-fv", "b/"], "", "readlink: b/: Not a directory\n", 1],
  [["-m", "b/"], "/home/student/w/b\n", "", 0],
  [["-v", "nosuch"], "", "readlink: nosuch: No such file or directory\n", 1],
  [["-fv", "nosuch"], "/home/student/w/nosuch\n", "", 0],
  [["-fv", "nosuch/x"], "", "readlink: nosuch/x: No such file or directory\n", 1],
  [["-ev", "dang"], "", "readlink: dang: No such file or directory\n", 1],
  [["-fv", "self"], "", "readlink: self: Too many levels of symbolic links\n", 1],
  [["-mv", "self/a"], "/home/student/w/self/a\n", "", 0],
  [["-v", "b/x"], "", "readlink: b/x: Not a directory\n", 1],
  [["-v", "noperm/lk"], "", "readlink: noperm/lk: Permission denied\n", 1],
  [["-fv", "noperm/lk"], "", "readlink: noperm/lk: Permission denied\n", 1],
  [["-mv", "noperm/lk"], "/home/student/w/noperm/lk\n", "", 0],
  [["-v", "b"], "", "readlink: b: Invalid argument\n", 1],
  [["-v", "d/"], "", "readlink: d/: Invalid argument\n", 1],
  [["-v", "dl/"], "", "readlink: dl/: Invalid argument\n", 1],
  [["-v", ""], "", "readlink: '': No such file or directory\n", 1],
  [["-f", ""], "", "", 1],
  [["-vf", "abs"], "", "readlink: abs: Not a directory\n", 1],
  [["-m", "abs"], "/etc/passwd/x\n", "", 0],
  [["-f", "sl/.."], "/home/student/w/d\n", "", 0],
  [["-m", "sl/../zz"], "/home/student/w/d/zz\n", "", 0],
  [["-f", "dl/../dl"], "/home/student/w/d\n", "", 0],
  [["-z", "lnk"], "b\0", "", 0],
  [["-fz", "lnk", "dang"], "/home/student/w/b\0/home/student/w/nowhere\0", "", 0],
  [["-q", "nosuch"], "", "", 1],
  [["--bogus"], "", "readlink: unrecognized option '--bogus'\nTry 'readlink --help' for more information.\n", 1],
  [["-x"], "", "readlink: invalid option -- 'x'\nTry 'readlink --help' for more information.\n", 1],
  [["-f"], "", "readlink: missing operand\nTry 'readlink --help' for more information.\n", 1],
  [["-f", "/"], "/\n", "", 0],
  [["-f", "//x"], "/x\n", "", 0],
  [["-m", "//x"], "/x\n", "", 0],
  [["-f", "///"], "/\n", "", 0],
  [["-ef", "lnk", "dang"], "/home/student/w/b\n/home/student/w/nowhere\n", "", 0],
  [["--canonicalize", "lnk"], "/home/student/w/b\n", "", 0],
  [["--no-newline", "lnk"], "b", "", 0],
  [["--verbose", "b"], "", "readlink: b: Invalid argument\n", 1],
  [["-v", "sp ace"], "", "readlink: 'sp ace': Invalid argument\n", 1],
  [["-v", "a:b"], "", "readlink: 'a:b': No such file or directory\n", 1],
  [["-v", "--", "-f"], "", "readlink: -f: No such file or directory\n", 1],
  [["-f", "./nosuch"], "/home/student/w/nosuch\n", "", 0],
  [["-f", "/nosuch"], "/nosuch\n", "", 0],
  [["-f", "d/nosuch/"], "/home/student/w/d/nosuch\n", "", 0],
  [["-f", "nosuch/"], "/home/student/w/nosuch\n", "", 0],
  [["-f", "d/rel"], "/home/student/w/d/zz\n", "", 0],
  [["-f", "d/up"], "/home/student/w/nowhere\n", "", 0],
  [["-f", "/tmp/../nosuch"], "/nosuch\n", "", 0],
  [["-f", "b/."], "", "", 1],
  [["-f", "nosuch/../b"], "", "", 1],
  [["-fn", "lnk"], "/home/student/w/b", "", 0],
  [["-v", "nosuch", "b"], "", "readlink: nosuch: No such file or directory\nreadlink: b: Invalid argument\n", 1],
  [["-e", "lnk/"], "", "", 1],
];

const BUSYBOX: Row[] = [
  [["lnk"], "b\n", "", 0],
  [["b"], "", "", 1],
  [["dang"], "nowhere\n", "", 0],
  [["nosuch"], "", "", 1],
  [[], "", USAGE, 1],
  [["-n", "lnk"], "b", "", 0],
  [["lnk", "l2"], "", USAGE, 1],
  [["lnk", "b"], "", USAGE, 1],
  [["-n", "lnk", "l2"], "", USAGE, 1],
  [["-f", "l2"], "/home/student/w/b\n", "", 0],
  [["-f", "dang"], "/home/student/w/nowhere\n", "", 0],
  [["-f", "nosuch"], "", "", 1],
  [["-f", "nosuch/x"], "", "", 1],
  [["-f", "b/x"], "", "", 1],
  [["-e", "dang"], "", "readlink: invalid option -- 'e'\n" + USAGE, 1],
  [["-e", "l2"], "", "readlink: invalid option -- 'e'\n" + USAGE, 1],
  [["-m", "nosuch/x/../y"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-m", "b/x"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-f", "loop1"], "", "", 1],
  [["-m", "loop1"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-mv", "loop1/x"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-f", "."], "/home/student/w\n", "", 0],
  [["-f", "dl/"], "/home/student/w/d\n", "", 0],
  [["-f", "b/"], "", "", 1],
  [["-fv", "b/"], "", "", 1],
  [["-m", "b/"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-v", "nosuch"], "", "readlink: nosuch: cannot read link: No such file or directory\n", 1],
  [["-fv", "nosuch"], "", "", 1],
  [["-fv", "nosuch/x"], "", "", 1],
  [["-ev", "dang"], "", "readlink: invalid option -- 'e'\n" + USAGE, 1],
  [["-fv", "self"], "", "", 1],
  [["-mv", "self/a"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-v", "b/x"], "", "readlink: b/x: cannot read link: Not a directory\n", 1],
  [["-v", "noperm/lk"], "", "readlink: noperm/lk: cannot read link: Permission denied\n", 1],
  [["-fv", "noperm/lk"], "", "", 1],
  [["-mv", "noperm/lk"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-v", "b"], "", "readlink: b: cannot read link: not a symlink\n", 1],
  [["-v", "d/"], "", "readlink: d/: cannot read link: not a symlink\n", 1],
  [["-v", "dl/"], "", "readlink: dl/: cannot read link: not a symlink\n", 1],
  [["-v", ""], "", "readlink: : cannot read link: No such file or directory\n", 1],
  [["-f", ""], "", "", 1],
  [["-vf", "abs"], "", "", 1],
  [["-m", "abs"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-f", "sl/.."], "/home/student/w/d\n", "", 0],
  [["-m", "sl/../zz"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-f", "dl/../dl"], "/home/student/w/d\n", "", 0],
  [["-z", "lnk"], "", "readlink: invalid option -- 'z'\n" + USAGE, 1],
  [["-fz", "lnk", "dang"], "", "readlink: invalid option -- 'z'\n" + USAGE, 1],
  [["-q", "nosuch"], "", "", 1],
  [["--bogus"], "", "readlink: unrecognized option '--bogus'\n" + USAGE, 1],
  [["-x"], "", "readlink: invalid option -- 'x'\n" + USAGE, 1],
  [["-f"], "", USAGE, 1],
  [["-f", "/"], "/\n", "", 0],
  [["-f", "//x"], "/x\n", "", 0],
  [["-m", "//x"], "", "readlink: invalid option -- 'm'\n" + USAGE, 1],
  [["-f", "///"], "/\n", "", 0],
  [["-ef", "lnk", "dang"], "", "readlink: invalid option -- 'e'\n" + USAGE, 1],
  [["--canonicalize", "lnk"], "", "readlink: unrecognized option '--canonicalize'\n" + USAGE, 1],
  [["--no-newline", "lnk"], "", "readlink: unrecognized option '--no-newline'\n" + USAGE, 1],
  [["--verbose", "b"], "", "readlink: unrecognized option '--verbose'\n" + USAGE, 1],
  [["-v", "sp ace"], "", "readlink: sp ace: cannot read link: not a symlink\n", 1],
  [["-v", "a:b"], "", "readlink: a:b: cannot read link: No such file or directory\n", 1],
  [["-v", "--", "-f"], "", "readlink: -f: cannot read link: No such file or directory\n", 1],
  [["-f", "./nosuch"], "/home/student/w/nosuch\n", "", 0],
  [["-f", "/nosuch"], "/nosuch\n", "", 0],
  [["-f", "d/nosuch/"], "/home/student/w/d/nosuch\n", "", 0],
  [["-f", "nosuch/"], "", "", 1],
  [["-f", "d/rel"], "/home/student/w/zz\n", "", 0],
  [["-f", "d/up"], "/home/student/nowhere\n", "", 0],
  [["-f", "/tmp/../nosuch"], "//nosuch\n", "", 0],
  [["-f", "b/."], "", "", 1],
  [["-f", "nosuch/../b"], "", "", 1],
  [["-fn", "lnk"], "/home/student/w/b", "", 0],
  [["-v", "nosuch", "b"], "", USAGE, 1],
  [["-e", "lnk/"], "", "readlink: invalid option -- 'e'\n" + USAGE, 1],
];

function setup(flavour: Flavour) {
  return fixture(flavour, ({ fs }) => {
    fs.symlink('nowhere', 'dang');
    fs.symlink('lnk', 'l2');
    fs.symlink('d/e', 'sl');
    fs.symlink('loop1', 'loop2');
    fs.symlink('loop2', 'loop1');
    fs.symlink('self', 'self');
    fs.mkdir('noperm');
    fs.symlink('x', 'noperm/lk');
    fs.chmod('noperm', 0);
    fs.symlink('/etc/passwd/x', 'abs');
    fs.symlink('d', 'dl');
    fs.symlink('../nowhere', 'd/up');
    fs.symlink('zz', 'd/rel');
  });
}

for (const [flavour, rows] of [['gnu', GNU], ['busybox', BUSYBOX]] as const) {
  describe(`readlink (${flavour})`, () => {
    const f = setup(flavour);
    for (const [args, stdout, stderr, status] of rows) {
      it(`readlink ${args.map((a) => JSON.stringify(a)).join(' ')}`, async () => {
        const r = await f.run(readlink, ['readlink', ...args]);
        expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout, stderr, status });
      });
    }
  });
}

describe('readlink --help/--version', () => {
  it('GNU prints its help and version on stdout; busybox its usage on stderr, status 0', async () => {
    const g = setup('gnu');
    const help = await g.run(readlink, ['readlink', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith('Usage: readlink [OPTION]... FILE...\nPrint value of a symbolic link or canonical file name\n')).toBe(true);
    expect((await g.run(readlink, ['readlink', '--version'])).stdout.split('\n')[0]).toBe('readlink (GNU coreutils) 9.1');
    const b = setup('busybox');
    expect(await b.run(readlink, ['readlink', '--help'])).toMatchObject({ stdout: '', stderr: USAGE, status: 0 });
  });
});
