/**
 * grep, sed, awk and xargs. Expected texts were recorded from GNU grep 3.8, GNU sed 4.9, mawk 1.3.4
 * (Debian's awk), findutils xargs and busybox 1.35 on Debian 12, as a normal user with
 * LANG=C.UTF-8, in the directory test/helpers/text-fixture.ts describes. Recursive listings are in
 * name order here (the real ones follow readdir order).
 */
import { describe, expect, it } from 'vitest';
import { textFixture } from '../../../test/helpers/text-fixture.ts';
import { runApplet } from '../../../test/helpers/harness.ts';
import { createHost } from '../../host/host.ts';
import { createSession } from '../session.ts';
import { translateRegex } from './lib/regex.ts';
import { applet as grep } from './grep.ts';
import { applet as sed } from './sed.ts';
import { applet as awk } from './awk.ts';
import { applet as xargs } from './xargs.ts';

describe('regex translation', () => {
  it('BRE groups, intervals and literal specials', () => {
    expect(translateRegex('\\(ab\\)*c\\{2\\}', { extended: false }).source).toBe('(ab)*c{2}');
    expect(translateRegex('a+b?(c)|d', { extended: false }).source).toBe('a\\+b\\?\\(c\\)\\|d');
    expect(translateRegex('*a^b$c', { extended: false }).source).toBe('\\*a\\^b\\$c');
    expect(translateRegex('[]a[:digit:]-]', { extended: true }).source).toBe('[\\]a0-9\\-]');
  });
  it('ERE stacked quantifiers and back-references', () => {
    expect(new RegExp(translateRegex('a**', { extended: true }).source, 'u').test('aaa')).toBe(true);
    expect(new RegExp(translateRegex('(o)\\1', { extended: true }).source, 'u').test('foo')).toBe(true);
  });
});

describe('grep', () => {
  it('prefixes names for several files and -n numbers', async () => {
    const f = textFixture();
    expect((await f.run(grep, ['grep', '-n', 'o', 'f2'])).stdout).toBe('1:hello world\n2:foo\n');
    expect((await f.run(grep, ['grep', '-c', 'o', 'f2', 'f1'])).stdout).toBe('f2:2\nf1:0\n');
    expect((await f.run(grep, ['grep', '-H', 'o', 'f2'])).stdout).toBe('f2:hello world\nf2:foo\n');
  });
  it('exit status 0, 1, 2 and -s', async () => {
    const f = textFixture();
    expect((await f.run(grep, ['grep', 'zzz', 'f2'])).status).toBe(1);
    const e = await f.run(grep, ['grep', 'o', 'nope', 'f2']);
    expect(e).toMatchObject({ stdout: 'f2:hello world\nf2:foo\n', stderr: 'grep: nope: No such file or directory\n', status: 2 });
    expect((await f.run(grep, ['grep', '-s', 'o', 'nope', 'f2'])).stderr).toBe('');
    expect((await f.run(grep, ['grep', '-q', 'o', 'f2'])).status).toBe(0);
  });
  it('-r walks directories, GNU reports a directory without -r', async () => {
    const f = textFixture();
    expect((await f.run(grep, ['grep', '-ri', 'foo', 'rd'])).stdout).toBe('rd/a.txt:foo\nrd/a.txt:foobar\nrd/sub/b.txt:FOO here\n');
    expect((await f.run(grep, ['grep', '-rl', 'foo', 'rd'])).stdout).toBe('rd/a.txt\n');
    expect(await f.run(grep, ['grep', 'foo', 'rd'])).toMatchObject({ stderr: 'grep: rd: Is a directory\n', status: 2 });
    expect(await textFixture('busybox').run(grep, ['grep', 'foo', 'rd'])).toMatchObject({ stderr: '', status: 1 });
  });
  it('-o, -w, -x, -v, -i, -e, -E, -F', async () => {
    const f = textFixture();
    expect((await f.run(grep, ['grep', '-o', 'o*', 'f2'])).stdout).toBe('o\no\noo\n');
    expect((await f.run(grep, ['grep', '-w', 'foo', 'rd/a.txt'])).stdout).toBe('foo\n');
    expect((await f.run(grep, ['grep', '-x', '-E', 'foo|bar', 'rd/a.txt'])).stdout).toBe('foo\nbar\n');
    expect((await f.run(grep, ['grep', '-v', 'o', 'f2'])).status).toBe(1);
    expect((await f.run(grep, ['grep', '-i', 'HELLO', 'f2'])).stdout).toBe('hello world\n');
    expect((await f.run(grep, ['grep', '-e', 'foo', '-e', 'hello', 'f2'])).stdout).toBe('hello world\nfoo\n');
    expect((await f.run(grep, ['grep', '-F', 'a.b', 'f2'])).status).toBe(1);
    expect((await f.run(grep, ['grep', '\\(o\\)\\1', 'f2'])).stdout).toBe('foo\n');
  });
  it('context lines with separators', async () => {
    const r = await textFixture().run(grep, ['grep', '-A1', '-e', '^5$', '-e', '^8$', '-e', '^9$', 'big']);
    expect(r.stdout).toBe('5\n6\n--\n8\n9\n10\n');
  });
  it('standard input is (standard input)', async () => {
    const r = await runApplet(grep, ['grep', '-c', 'foo', '-', 'f2'], { stdin: 'foo\n', cwd: '/home/student/t', host: textFixture().host });
    expect(r.stdout).toBe('(standard input):1\nf2:1\n');
  });
  it('regex errors per flavour', async () => {
    const g = await runApplet(grep, ['grep', 'a\\(', 'x']);
    expect(g).toMatchObject({ stderr: 'grep: Unmatched ( or \\(\n', status: 2 });
    expect((await runApplet(grep, ['grep', '[a', 'x'])).stderr).toBe('grep: Unmatched [, [^, [:, [., or [=\n');
    expect((await runApplet(grep, ['grep', '-E', '*a'], { stdin: '' })).stderr).toBe('grep: warning: * at start of expression\n');
    const b = await runApplet(grep, ['grep', 'a\\(', 'x'], { flavour: 'busybox' });
    expect(b).toMatchObject({ stderr: "grep: bad regex 'a\\('\n", status: 2 });
  });
  it('usage without a pattern', async () => {
    const r = await runApplet(grep, ['grep']);
    expect(r).toMatchObject({ stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", status: 2 });
  });
  it('binary files (GNU)', async () => {
    const f = textFixture();
    f.fs.writeFile('bin.dat', 'x\0y foo\n');
    expect(await f.run(grep, ['grep', 'foo', 'bin.dat'])).toMatchObject({ stdout: '', stderr: 'grep: bin.dat: binary file matches\n', status: 0 });
  });
});

describe('sed', () => {
  it('substitutes with flags, groups, & and case conversion', async () => {
    const f = textFixture();
    expect((await f.run(sed, ['sed', 's/o/0/g', 'n5'])).stdout).toBe('0ne\ntw0\nthree\nf0ur\nfive\n');
    expect((await f.run(sed, ['sed', 's/\\(o\\)\\(n\\)/\\2\\1/', 'n5'])).stdout).toBe('noe\ntwo\nthree\nfour\nfive\n');
    expect((await f.run(sed, ['sed', '-E', 's/(o)(n)/\\2\\1/', 'n5'])).stdout).toBe('noe\ntwo\nthree\nfour\nfive\n');
    expect((await f.run(sed, ['sed', 's/.*/\\U&/', 'f1'])).stdout).toBe('A\nB\n');
    expect((await runApplet(sed, ['sed', 's/b*/X/g'], { stdin: 'abc\n' })).stdout).toBe('XaXcX\n');
    expect((await runApplet(sed, ['sed', 's/l/L/2g'], { stdin: 'hello\n' })).stdout).toBe('helLo\n');
  });
  it('addresses, ranges, -n and p', async () => {
    const f = textFixture();
    expect((await f.run(sed, ['sed', '-n', '/two/,/four/p', 'n5'])).stdout).toBe('two\nthree\nfour\n');
    expect((await f.run(sed, ['sed', '2,4d', 'n5'])).stdout).toBe('one\nfive\n');
    expect((await f.run(sed, ['sed', '-n', '$p', 'n5'])).stdout).toBe('five\n');
    expect((await f.run(sed, ['sed', '1~2d', 'n5'])).stdout).toBe('two\nfour\n');
    expect((await f.run(sed, ['sed', '-n', '/one/,+2p', 'n5'])).stdout).toBe('one\ntwo\nthree\n');
    expect((await f.run(sed, ['sed', '0,/o/s//X/', 'n5'])).stdout).toBe('Xne\ntwo\nthree\nfour\nfive\n');
  });
  it('N, hold space, labels, q and Q', async () => {
    const f = textFixture();
    expect((await f.run(sed, ['sed', ':a;N;$!ba;s/\\n/,/g', 'n5'])).stdout).toBe('one,two,three,four,five\n');
    expect((await f.run(sed, ['sed', '$!N;s/\\n/-/', 'n5'])).stdout).toBe('one-two\nthree-four\nfive\n');
    expect((await f.run(sed, ['sed', '-n', 'h;n;G;p', 'n5'])).stdout).toBe('two\none\nfour\nthree\n');
    expect((await f.run(sed, ['sed', '3q', 'n5'])).stdout).toBe('one\ntwo\nthree\n');
    expect((await f.run(sed, ['sed', '3Q', 'n5'])).stdout).toBe('one\ntwo\n');
  });
  it('a, i, c, y, = and l', async () => {
    const f = textFixture();
    expect((await f.run(sed, ['sed', '2a appended', 'f1'])).stdout).toBe('a\nb\nappended\n');
    expect((await f.run(sed, ['sed', '2i\\\ninserted', 'f1'])).stdout).toBe('a\ninserted\nb\n');
    expect((await f.run(sed, ['sed', '2,3c\\\nchanged', 'n5'])).stdout).toBe('one\nchanged\nfour\nfive\n');
    expect((await f.run(sed, ['sed', 'y/abc/xyz/', 'f1'])).stdout).toBe('x\ny\n');
    expect((await f.run(sed, ['sed', '-n', '$=', 'n5'])).stdout).toBe('5\n');
    expect((await runApplet(sed, ['sed', '-n', 'l'], { stdin: 'a\tb\u0001\n' })).stdout).toBe('a\\tb\\001$\n');
  });
  it('-i edits in place with a backup', async () => {
    const f = textFixture();
    const r = await f.run(sed, ['sed', '-i.bak', 's/o/0/g;2d', 'n5']);
    expect(r).toMatchObject({ stdout: '', status: 0 });
    expect(f.fs.readText('n5')).toBe('0ne\nthree\nf0ur\nfive\n');
    expect(f.fs.readText('n5.bak')).toBe('one\ntwo\nthree\nfour\nfive\n');
  });
  it('GNU script errors name the expression and character', async () => {
    const cases: [string, string][] = [
      ['s/a/b', "sed: -e expression #1, char 5: unterminated `s' command\n"],
      ['s/a/b/q', "sed: -e expression #1, char 7: unknown option to `s'\n"],
      ['k', "sed: -e expression #1, char 1: unknown command: `k'\n"],
      ['/x/', 'sed: -e expression #1, char 3: missing command\n'],
      ['s/\\(/x/', 'sed: -e expression #1, char 7: Unmatched ( or \\(\n'],
      ['{p', "sed: -e expression #1, char 0: unmatched `{'\n"],
      ['p}', "sed: -e expression #1, char 2: unexpected `}'\n"],
      ['y/abc/de/', "sed: -e expression #1, char 9: strings for `y' command are different lengths\n"],
      ['s/x/y/gg', "sed: -e expression #1, char 8: multiple `g' options to `s' command\n"],
    ];
    for (const [script, err] of cases) {
      const r = await runApplet(sed, ['sed', script]);
      expect(r.stderr, script).toBe(err);
      expect(r.status, script).toBe(1);
    }
    expect(await runApplet(sed, ['sed', 'b foo'])).toMatchObject({ stderr: "sed: can't find label for jump to `foo'\n", status: 4 });
  });
  it('busybox script errors', async () => {
    expect((await runApplet(sed, ['sed', 's/a/b'], { flavour: 'busybox' })).stderr).toBe("sed: unmatched '/'\n");
    expect((await runApplet(sed, ['sed', 'k'], { flavour: 'busybox' })).stderr).toBe('sed: unsupported command k\n');
    expect((await runApplet(sed, ['sed', 's/\\(/x/'], { flavour: 'busybox' })).stderr).toBe("sed: bad regex '\\(': Unmatched ( or \\(\n");
  });
  it('missing input files', async () => {
    const g = await textFixture().run(sed, ['sed', 'p', 'nope', 'f1']);
    expect(g).toMatchObject({ stdout: 'a\na\nb\nb\n', stderr: "sed: can't read nope: No such file or directory\n", status: 2 });
    const b = await textFixture('busybox').run(sed, ['sed', 'p', 'nope', 'f1']);
    expect(b).toMatchObject({ stderr: 'sed: nope: No such file or directory\n', status: 1 });
  });
});

describe('awk', () => {
  it("'{print $N}' and -F", async () => {
    const f = textFixture();
    expect((await f.run(awk, ['awk', '{print $1}', 'p.txt'])).stdout).toBe('alice\nbob\ncarol\n');
    expect((await f.run(awk, ['awk', '{print $2, $1}', 'p.txt'])).stdout).toBe('30 alice\n25 bob\n35 carol\n');
    expect((await f.run(awk, ['awk', '{print $NF}', 'p.txt'])).stdout).toBe('paris\nlondon\nparis\n');
    expect((await f.run(awk, ['awk', '-F:', '{print $2}', 'c.txt'])).stdout).toBe('b\ne\n\n2\n');
  });
  it('patterns, ranges, BEGIN/END and arithmetic', async () => {
    const f = textFixture();
    expect((await f.run(awk, ['awk', '$2 > 28', 'p.txt'])).stdout).toBe('alice 30 paris\ncarol 35 paris\n');
    expect((await f.run(awk, ['awk', '/bob/,/carol/{print NR": "$0}', 'p.txt'])).stdout).toBe('2: bob 25 london\n3: carol 35 paris\n');
    expect((await f.run(awk, ['awk', '{s += $2} END {print s, s/NR}', 'p.txt'])).stdout).toBe('90 30\n');
    expect((await f.run(awk, ['awk', '!seen[$3]++', 'p.txt'])).stdout).toBe('alice 30 paris\nbob 25 london\n');
  });
  it('control flow, functions and arrays', async () => {
    expect((await runApplet(awk, ['awk', 'BEGIN { i = 0; while (i < 3) { i++; if (i == 2) continue; print i } }'])).stdout).toBe('1\n3\n');
    expect((await runApplet(awk, ['awk', 'function f(a, b) { return a * b } BEGIN { print f(3, 4) }'])).stdout).toBe('12\n');
    expect((await runApplet(awk, ['awk', 'function fill(arr) { arr["x"] = 1 } BEGIN { fill(z); print z["x"] }'])).stdout).toBe('1\n');
    expect((await runApplet(awk, ['awk', 'BEGIN { a["x"]=1; delete a["x"]; print ("x" in a), length(a) }'])).stdout).toBe('0 0\n');
  });
  it('string builtins and printf', async () => {
    const run = async (p: string): Promise<string> => (await runApplet(awk, ['awk', p])).stdout;
    expect(await run('BEGIN{print substr("hello",2,3), length("abc"), index("abc","c")}')).toBe('ell 3 3\n');
    expect(await run('BEGIN { s = "hello world"; gsub(/o/, "[&]", s); print s; sub(/l+/, "L", s); print s }')).toBe('hell[o] w[o]rld\nheL[o] w[o]rld\n');
    expect(await run('BEGIN { n = split("a:b:c", arr, ":"); print n, arr[1], arr[3] }')).toBe('3 a c\n');
    expect(await run('BEGIN { print match("foobar", /o+/), RSTART, RLENGTH }')).toBe('2 2 2\n');
    expect(await run('BEGIN{printf "%d %s %5.2f|%c%c\\n", "12abc", 3.0, 3.14159, 65, "hello"}')).toBe('12 3  3.14|Ah\n');
    expect(await run('BEGIN { CONVFMT="%.2g"; a = 3.14159; b = a ""; print b; OFMT="%.1f"; print a }')).toBe('3.1\n3.1\n');
    expect(await run('BEGIN { print 1==1.0, "a"<"b", "10"<"9", 10<9 }')).toBe('1 1 1 0\n');
  });
  it('number output: mawk keeps integers within 32 bits, busybox within 64', async () => {
    const p = 'BEGIN { print 2147483648, 1e16, 0.1+0.2 }';
    expect((await runApplet(awk, ['awk', p])).stdout).toBe('2.14748e+09 1e+16 0.3\n');
    expect((await runApplet(awk, ['awk', p], { flavour: 'busybox' })).stdout).toBe('2147483648 10000000000000000 0.3\n');
  });
  it('fields can be assigned and NF changed', async () => {
    expect((await runApplet(awk, ['awk', 'BEGIN { OFS="-"; $0 = "a b c"; $1 = $1; print; print NF }'])).stdout).toBe('a-b-c\n3\n');
    expect((await runApplet(awk, ['awk', '{$5="e"; print; print NF}'], { stdin: 'a b\n' })).stdout).toBe('a b   e\n5\n');
  });
  it('syntax and file errors per flavour', async () => {
    expect(await runApplet(awk, ['awk', '{print $1'])).toMatchObject({ stderr: 'awk: line 2: missing } near end of file\n', status: 2 });
    expect(await runApplet(awk, ['awk', '{print $1'], { flavour: 'busybox' })).toMatchObject({ stderr: 'awk: cmd. line:1: Unexpected token\n', status: 1 });
    const g = await textFixture().run(awk, ['awk', '{print}', 'nope', 'f1']);
    expect(g).toMatchObject({ stdout: '', stderr: 'awk: cannot open nope (No such file or directory)\n', status: 2 });
    const b = await textFixture('busybox').run(awk, ['awk', '{print}', 'nope', 'f1']);
    expect(b).toMatchObject({ stdout: '', stderr: 'awk: nope: No such file or directory\n', status: 1 });
  });
  it('getline from a file and -v', async () => {
    const f = textFixture();
    expect((await f.run(awk, ['awk', 'BEGIN { while ((getline line < "f1") > 0) print "L:" line }'])).stdout).toBe('L:a\nL:b\n');
    expect((await f.run(awk, ['awk', '-v', 'n=5', 'BEGIN { print n + 1 }'])).stdout).toBe('6\n');
  });
});

describe('xargs', () => {
  it('groups words, -n, -I and -0', async () => {
    const f = textFixture();
    expect((await f.run(xargs, ['xargs', 'echo', 'X'], { stdin: 'a b\nc\n' })).stdout).toBe('X a b c\n');
    expect((await f.run(xargs, ['xargs', '-n', '2', 'echo'], { stdin: 'a b c d e\n' })).stdout).toBe('a b\nc d\ne\n');
    expect((await f.run(xargs, ['xargs', '-I', '{}', 'echo', '<{}>'], { stdin: 'a\nb\n' })).stdout).toBe('<a>\n<b>\n');
    expect((await f.run(xargs, ['xargs', '-0', 'echo'], { stdin: 'a\0b c\0' })).stdout).toBe('a b c\n');
    expect((await f.run(xargs, ['xargs', '-n1', 'echo'], { stdin: '"a b" c\\ d \'e f\'\n' })).stdout).toBe('a b\nc d\ne f\n');
  });
  it('runs once on empty input unless -r; exit 123 when a command fails', async () => {
    const f = textFixture();
    expect((await f.run(xargs, ['xargs', 'echo', 'hi'], { stdin: '' })).stdout).toBe('hi\n');
    expect((await f.run(xargs, ['xargs', '-r', 'echo', 'hi'], { stdin: '' })).stdout).toBe('');
    expect((await f.run(xargs, ['xargs', 'false'], { stdin: 'a\n' })).status).toBe(123);
    expect((await f.run(xargs, ['xargs', '-n', '2', 'grep', '-c', 'a'], { stdin: 'f1 f2\n' })).stdout).toBe('f1:1\nf2:0\n');
  });
  it('a command it cannot run: execvp\'s error, 127 or 126; a command exiting 127 itself is 123', async () => {
    // Recorded with PATH=/usr/bin:/bin (findutils 4.9 and busybox 1.35 print the same text).
    for (const flavour of ['gnu', 'busybox'] as const) {
      const f = textFixture(flavour);
      f.fs.writeFile('noexec', 'echo hi\n');
      const run = (argv: string[]) => f.run(xargs, ['xargs', ...argv], { stdin: 'a\nb\n', env: { PATH: '/usr/bin:/bin' } });
      expect(await run(['nosuchcmd'])).toMatchObject({ stdout: '', stderr: 'xargs: nosuchcmd: No such file or directory\n', status: 127 });
      expect(await run(['-n1', 'nosuchcmd'])).toMatchObject({ stderr: 'xargs: nosuchcmd: No such file or directory\n', status: 127 });
      expect(await run(['./noexec'])).toMatchObject({ stderr: 'xargs: ./noexec: Permission denied\n', status: 126 });
      expect(await run(['./d'])).toMatchObject({ stderr: 'xargs: ./d: Permission denied\n', status: 126 });
      expect(await run(['./missing'])).toMatchObject({ stderr: 'xargs: ./missing: No such file or directory\n', status: 127 });
      expect(await run(['/etc/passwd/x'])).toMatchObject({ stderr: 'xargs: /etc/passwd/x: Not a directory\n', status: 126 });
    }
  });
  it('a command that runs and exits 126 or 127 itself only makes it 123', async () => {
    for (const flavour of ['gnu', 'busybox'] as const) {
      let out = '';
      const session = createSession({ host: createHost({ seed: 1, flavour }), tty: false, onOutput: (t) => (out += t) });
      await session.runScript(`echo a | xargs sh -c 'exit 127'; echo $?; echo a | xargs sh -c 'exit 126'; echo $?`, { mode: 'command' });
      expect(out).toBe('123\n123\n');
    }
  });
  it('quote errors per flavour', async () => {
    const g = await textFixture().run(xargs, ['xargs', 'echo'], { stdin: 'x "y\n' });
    expect(g).toMatchObject({ stdout: 'x\n', status: 1 });
    expect(g.stderr).toBe('xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n');
    const b = await textFixture('busybox').run(xargs, ['xargs', 'echo'], { stdin: 'x "y\n' });
    expect(b).toMatchObject({ stdout: '', stderr: 'xargs: unmatched double quote\n', status: 1 });
  });
});
