/**
 * echo, printf, head, tail, wc, cut, sort, uniq, tr, tee. Every expected text was recorded from the
 * real programs on Debian 12 (bash 5.2 builtins, coreutils 9.1 as a normal user with
 * LANG=C.UTF-8, busybox 1.35 applets) in the directory test/helpers/text-fixture.ts describes.
 */
import { describe, expect, it } from 'vitest';
import { textFixture } from '../../../test/helpers/text-fixture.ts';
import { runApplet } from '../../../test/helpers/harness.ts';
import { BUSYBOX_BANNER } from './lib/busybox-usage.ts';
import type { Applet, ProcessContext } from '../process.ts';
import { applet as echo } from './echo.ts';
import { applet as printf } from './printf.ts';
import { applet as head } from './head.ts';
import { applet as tail } from './tail.ts';
import { applet as wc } from './wc.ts';
import { applet as cut } from './cut.ts';
import { applet as sort } from './sort.ts';
import { applet as uniq } from './uniq.ts';
import { applet as tr } from './tr.ts';
import { applet as tee } from './tee.ts';

/** The same applet as a shell builtin: the shell sets messagePrefix. */
function asBuiltin(a: Applet, prefix: string): Applet {
  return { name: a.name, run: (ctx: ProcessContext) => a.run({ ...ctx, messagePrefix: prefix }) };
}

describe('echo', () => {
  it('bash builtin: -e knows \\0NNN, \\x, \\u but not \\NNN; \\c stops output', async () => {
    const r = await runApplet(asBuiltin(echo, 'bash: line 1: '), ['echo', '-e', 'a\\tb\\x41\\101\\0101\\u00e9\\cZZ']);
    expect(r.stdout).toBe('a\tbA\\101Aé');
  });
  it('coreutils /bin/echo: \\NNN works, \\u does not; --help alone prints help', async () => {
    const r = await runApplet(echo, ['/bin/echo', '-e', 'a\\101\\u00e9']);
    expect(r.stdout).toBe('aA\\u00e9\n');
    const h = await runApplet(echo, ['/bin/echo', '--help']);
    expect(h.stdout.split('\n')[0]).toBe('Usage: /bin/echo [SHORT-OPTION]... [STRING]...');
  });
  it('busybox: octal with or without 0, no \\u', async () => {
    const r = await runApplet(echo, ['echo', '-e', 'a\\tb\\x41\\101\\0101\\u00e9\\cZZ'], { flavour: 'busybox' });
    expect(r.stdout).toBe('a\tbAAA\\u00e9');
  });
  it('prints -x and -- as words; -n drops the newline', async () => {
    const r = await runApplet(echo, ['echo', '-n', '-e', '-x', 'y']);
    expect(r.stdout).toBe('-x y');
    expect((await runApplet(echo, ['echo', '--', 'a'])).stdout).toBe('-- a\n');
  });
});

describe('printf', () => {
  const bash = asBuiltin(printf, 'bash: line 1: ');
  it('formats widths, flags and precision', async () => {
    const r = await runApplet(bash, ['printf', '%5s|%-5s|%.2s|%05d|%-5d|%+d|% d|%#x|%#o\n', 'ab', 'ab', 'abcdef', '42', '42', '5', '5', '255', '8']);
    expect(r.stdout).toBe('   ab|ab   |ab|00042|42   |+5| 5|0xff|010\n');
  });
  it('formats floats like glibc, ties to even', async () => {
    const r = await runApplet(bash, ['printf', '%f|%.2f|%e|%g|%G|%.0f|%.0f|%.0f\n', '3.14159', '2.5', '12345.678', '0.0001', '1e20', '0.5', '1.5', '2.5']);
    expect(r.stdout).toBe('3.141590|2.50|1.234568e+04|0.0001|1E+20|0|2|2\n');
  });
  it('reuses the format while arguments remain', async () => {
    expect((await runApplet(bash, ['printf', '%s-%s\n', 'a', 'b', 'c'])).stdout).toBe('a-b\nc-\n');
  });
  it('complains about numbers per dialect', async () => {
    const b = await runApplet(bash, ['printf', '%d\n', 'x']);
    expect(b).toMatchObject({ stdout: '0\n', stderr: 'bash: line 1: printf: x: invalid number\n', status: 1 });
    const c = await runApplet(printf, ['printf', '%d\n', '12abc']);
    expect(c).toMatchObject({ stdout: '12\n', stderr: 'printf: ‘12abc’: value not completely converted\n', status: 1 });
    const bb = await runApplet(printf, ['printf', '%d\n', '12abc'], { flavour: 'busybox' });
    expect(bb).toMatchObject({ stdout: '0\n', stderr: "printf: invalid number '12abc'\n", status: 1 });
  });
  it('bash: invalid format character stops; usage without arguments', async () => {
    const r = await runApplet(bash, ['printf', '%z\\n', '1']);
    expect(r).toMatchObject({ stdout: '', stderr: "bash: line 1: printf: `\\': invalid format character\n", status: 1 });
    const u = await runApplet(bash, ['printf']);
    expect(u).toMatchObject({ stderr: 'printf: usage: printf [-v var] format [arguments]\n', status: 2 });
  });
  it('%b, %q and character constants', async () => {
    const r = await runApplet(bash, ['printf', '%b|%q|%d\n', 'a\\tb\\101', 'a b', "'A"]);
    expect(r.stdout).toBe('a\tbA|a\\ b|65\n');
  });
});

describe('head and tail', () => {
  it('heads with headers for several files and GNU/busybox error texts', async () => {
    const g = await textFixture().run(head, ['head', 'f1', 'nope', 'f2']);
    expect(g.stdout).toBe('==> f1 <==\na\nb\n\n==> f2 <==\nhello world\nfoo\n');
    expect(g.stderr).toBe("head: cannot open 'nope' for reading: No such file or directory\n");
    expect(g.status).toBe(1);
    const b = await textFixture('busybox').run(head, ['head', 'f1', 'nope', 'f2']);
    expect(b.stderr).toBe('head: nope: No such file or directory\n');
  });
  it('head -n -1, -c, -N and a directory', async () => {
    const f = textFixture();
    expect((await f.run(head, ['head', '-n', '-1', 'f2'])).stdout).toBe('hello world\n');
    expect((await f.run(head, ['head', '-c', '-2', 'f2'])).stdout).toBe('hello world\nfo');
    expect((await f.run(head, ['head', '-2c', 'f2'])).stdout).toBe('he');
    const d = await f.run(head, ['head', 'd']);
    expect(d).toMatchObject({ stdout: '', stderr: "head: error reading 'd': Is a directory\n", status: 1 });
    const bad = await f.run(head, ['head', '-n', '1.5', 'f1']);
    expect(bad.stderr).toBe('head: invalid number of lines: ‘1.5’\n');
  });
  it('head reads standard input as a stream', async () => {
    const r = await runApplet(head, ['head', '-n', '2'], { stdin: 'x\ny\nz\n' });
    expect(r.stdout).toBe('x\ny\n');
  });
  it('busybox usage after an invalid option', async () => {
    const r = await runApplet(head, ['head', '-Z'], { flavour: 'busybox' });
    expect(r.stderr.startsWith(`head: invalid option -- 'Z'\n${BUSYBOX_BANNER}\n\nUsage: head [OPTIONS] [FILE]...\n`)).toBe(true);
    expect(r.status).toBe(1);
  });
  it('tail -n, +N, -c and an unterminated last line', async () => {
    const f = textFixture();
    expect((await f.run(tail, ['tail', '-n', '2', 'nonl'])).stdout).toBe('l4\nl5');
    expect((await f.run(tail, ['tail', '-n', '+998', 'big'])).stdout).toBe('998\n999\n1000\n');
    expect((await f.run(tail, ['tail', '-c', '5', 'f2'])).stdout).toBe('\nfoo\n');
    expect((await f.run(tail, ['tail', '+2', 'f2'])).stdout).toBe('foo\n');
  });
  it('tail errors: GNU vs busybox', async () => {
    const g = await textFixture().run(tail, ['tail', 'f1', 'nope']);
    expect(g.stderr).toBe("tail: cannot open 'nope' for reading: No such file or directory\n");
    const b = await textFixture('busybox').run(tail, ['tail', 'nope']);
    expect(b).toMatchObject({ stderr: "tail: can't open 'nope': No such file or directory\ntail: no files\n", status: 1 });
  });
});

describe('wc', () => {
  it('GNU widths follow the file sizes; busybox uses %9u', async () => {
    const g = textFixture();
    expect((await g.run(wc, ['wc', 'f1', 'f2'])).stdout).toBe(' 2  2  4 f1\n 2  3 16 f2\n 4  5 20 total\n');
    expect((await g.run(wc, ['wc', '-c', 'big', 'f1'])).stdout).toBe('3893 big\n   4 f1\n3897 total\n');
    expect((await g.run(wc, ['wc', '-l', 'f1'])).stdout).toBe('2 f1\n');
    const b = textFixture('busybox');
    expect((await b.run(wc, ['wc', 'f1'])).stdout).toBe('        2         2         4 f1\n');
    expect((await b.run(wc, ['wc', '-l', 'f1'])).stdout).toBe('2 f1\n');
  });
  it('a pipe gets width 7; a directory counts as empty after the error', async () => {
    expect((await runApplet(wc, ['wc'], { stdin: 'a\nb\n' })).stdout).toBe('      2       2       4\n');
    const r = await textFixture().run(wc, ['wc', 'd', 'f1']);
    expect(r.stdout).toBe('      0       0       0 d\n      2       2       4 f1\n      2       2       4 total\n');
    expect(r.stderr).toBe('wc: d: Is a directory\n');
  });
  it('counts characters and bytes apart', async () => {
    const r = await runApplet(wc, ['wc', '-m', '-c', '-w', '-l'], { stdin: 'a\u00e9 b' });
    expect(r.stdout).toBe('      0       2       4       5\n');
  });
});

describe('cut', () => {
  it('fields: GNU prints existing fields, busybox every listed one', async () => {
    expect((await textFixture().run(cut, ['cut', '-d:', '-f1,3', 'c.txt'])).stdout).toBe('a:c\nd\nnodelim\n1:3\n');
    expect((await textFixture('busybox').run(cut, ['cut', '-d:', '-f1,3', 'c.txt'])).stdout).toBe('a:c\nd:\nnodelim\n1:3\n');
  });
  it('ranges, -s and bytes', async () => {
    const f = textFixture();
    expect((await f.run(cut, ['cut', '-d:', '-s', '-f2-', 'c.txt'])).stdout).toBe('b:c\ne\n2:3:4:5\n');
    expect((await f.run(cut, ['cut', '-c-2,4-', 'c.txt'])).stdout).toBe('a::c\nd:\nnoelim\n1::3:4:5\n');
  });
  it('errors', async () => {
    const g = await textFixture().run(cut, ['cut', 'c.txt']);
    expect(g).toMatchObject({ stderr: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", status: 1 });
    const b = await textFixture('busybox').run(cut, ['cut', 'c.txt']);
    expect(b.stderr).toBe('cut: expected a list of bytes, characters, or fields\n');
    const z = await textFixture().run(cut, ['cut', '-d:', '-f0', 'c.txt']);
    expect(z.stderr).toBe("cut: fields are numbered from 1\nTry 'cut --help' for more information.\n");
  });
});

describe('sort', () => {
  const input = 'b 2\na 10\nB 1\nc 2\n a 3\n10\n9\n1.5\n-1\nx\n\n2K\n1M\n';
  it('sorts bytewise in C.UTF-8', async () => {
    const r = await runApplet(sort, ['sort'], { stdin: input });
    expect(r.stdout).toBe('\n a 3\n-1\n1.5\n10\n1M\n2K\n9\nB 1\na 10\nb 2\nc 2\nx\n');
  });
  it('-n, -h, -k and -t', async () => {
    expect((await runApplet(sort, ['sort', '-n'], { stdin: input })).stdout).toBe('-1\n\n a 3\nB 1\na 10\nb 2\nc 2\nx\n1M\n1.5\n2K\n9\n10\n');
    expect((await runApplet(sort, ['sort', '-h'], { stdin: input })).stdout).toBe('-1\n\n a 3\nB 1\na 10\nb 2\nc 2\nx\n1.5\n9\n10\n2K\n1M\n');
    const s2 = 'k1:z:3\nk2:a:1\nk3:m:2\nk1:b:3\n';
    expect((await runApplet(sort, ['sort', '-t:', '-k3,3n', '-k1,1'], { stdin: s2 })).stdout).toBe('k2:a:1\nk3:m:2\nk1:b:3\nk1:z:3\n');
  });
  it('-u keeps the first of equal keys (GNU) or the smallest line (busybox)', async () => {
    const s2 = 'k1:z:3\nk2:a:1\nk3:m:2\nk1:b:3\n';
    expect((await runApplet(sort, ['sort', '-t:', '-k3', '-u'], { stdin: s2 })).stdout).toBe('k2:a:1\nk3:m:2\nk1:z:3\n');
    expect((await runApplet(sort, ['sort', '-t:', '-k3', '-u'], { stdin: s2, flavour: 'busybox' })).stdout).toBe('k2:a:1\nk3:m:2\nk1:b:3\n');
  });
  it('errors and -c', async () => {
    const g = await textFixture().run(sort, ['sort', 'nope', 'f1']);
    expect(g).toMatchObject({ stdout: '', stderr: 'sort: cannot read: nope: No such file or directory\n', status: 2 });
    const c = await runApplet(sort, ['sort', '-c'], { stdin: 'b\na\n' });
    expect(c).toMatchObject({ stderr: 'sort: -:2: disorder: a\n', status: 1 });
    const k = await runApplet(sort, ['sort', '-k', '0']);
    expect(k.stderr).toBe('sort: field number is zero: invalid field specification ‘0’\n');
  });
});

describe('uniq', () => {
  const q = 'a\na\nb\nA\nc\nc\nc\na\n';
  it('-c, -d, -u, -i', async () => {
    expect((await runApplet(uniq, ['uniq', '-c'], { stdin: q })).stdout).toBe('      2 a\n      1 b\n      1 A\n      3 c\n      1 a\n');
    expect((await runApplet(uniq, ['uniq', '-d'], { stdin: q })).stdout).toBe('a\nc\n');
    expect((await runApplet(uniq, ['uniq', '-u'], { stdin: q })).stdout).toBe('b\nA\na\n');
    expect((await runApplet(uniq, ['uniq', '-ic'], { stdin: 'a\nA\nb\n' })).stdout).toBe('      2 a\n      1 b\n');
  });
  it('errors per flavour', async () => {
    expect((await textFixture().run(uniq, ['uniq', 'nope'])).stderr).toBe('uniq: nope: No such file or directory\n');
    expect((await textFixture('busybox').run(uniq, ['uniq', 'nope'])).stderr).toBe("uniq: can't open 'nope': No such file or directory\n");
  });
});

describe('tr', () => {
  const t = 'Hello, World! aaa bbb\n\tTab 123\n';
  it('translates ranges and classes, deletes, squeezes, complements', async () => {
    expect((await runApplet(tr, ['tr', '[:lower:]', '[:upper:]'], { stdin: t })).stdout).toBe('HELLO, WORLD! AAA BBB\n\tTAB 123\n');
    expect((await runApplet(tr, ['tr', '-d', '[:digit:]'], { stdin: t })).stdout).toBe('Hello, World! aaa bbb\n\tTab \n');
    expect((await runApplet(tr, ['tr', '-s', 'ab'], { stdin: t })).stdout).toBe('Hello, World! a b\n\tTab 123\n');
    expect((await runApplet(tr, ['tr', '-cs', '[:alnum:]', '\\n'], { stdin: t })).stdout).toBe('Hello\nWorld\naaa\nbbb\nTab\n123\n');
    expect((await runApplet(tr, ['tr', 'abc', 'x'], { stdin: t })).stdout).toBe('Hello, World! xxx xxx\n\tTxx 123\n');
  });
  it('GNU operand errors; busybox accepts them', async () => {
    const g = await runApplet(tr, ['tr', 'a'], { stdin: t });
    expect(g).toMatchObject({ stderr: "tr: missing operand after ‘a’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", status: 1 });
    const b = await runApplet(tr, ['tr', 'a'], { stdin: t, flavour: 'busybox' });
    expect(b).toMatchObject({ stdout: t, status: 0 });
  });
});

describe('tee', () => {
  it('copies to stdout and files, reports the ones it cannot open', async () => {
    const f = textFixture();
    const r = await f.run(tee, ['tee', 'o1', '/nonexist/x'], { stdin: 'hi\n' });
    expect(r).toMatchObject({ stdout: 'hi\n', stderr: 'tee: /nonexist/x: No such file or directory\n', status: 1 });
    await f.run(tee, ['tee', '-a', 'o1'], { stdin: 'again\n' });
    expect(f.fs.readText('o1')).toBe('hi\nagain\n');
  });
});
