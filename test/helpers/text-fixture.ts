/**
 * Files the text-applet tests share, the same as the directory the real outputs were recorded in
 * (GNU tools as a normal user with LANG=C.UTF-8, and `busybox <applet>` 1.35, on Debian 12):
 *
 *   printf 'a\nb\n' > f1; printf 'hello world\nfoo\n' > f2; seq 1 1000 > big
 *   printf 'l1\nl2\nl3\nl4\nl5' > nonl; mkdir d; printf 'a:b:c\nd:e\nnodelim\n1:2:3:4:5\n' > c.txt
 *   printf 'alice 30 paris\nbob 25 london\ncarol 35 paris\n' > p.txt
 *   printf 'one\ntwo\nthree\nfour\nfive\n' > n5
 *   mkdir -p rd/sub; printf 'foo\nbar\nfoobar\n' > rd/a.txt; printf 'nothing\nFOO here\n' > rd/sub/b.txt
 *
 * They live in /home/student/t on a fresh simulated host; commands run there as student.
 */
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import type { Applet, Flavour } from '../../sandbox-engine/shell/process.ts';
import type { FileSystem } from '../../sandbox-engine/vfs/types.ts';
import { runApplet, type RunOptions, type RunResult } from './harness.ts';

export const TDIR = '/home/student/t';

export const TEXT_FILES: Record<string, string> = {
  f1: 'a\nb\n',
  f2: 'hello world\nfoo\n',
  big: Array.from({ length: 1000 }, (_, i) => `${i + 1}\n`).join(''),
  nonl: 'l1\nl2\nl3\nl4\nl5',
  'c.txt': 'a:b:c\nd:e\nnodelim\n1:2:3:4:5\n',
  'p.txt': 'alice 30 paris\nbob 25 london\ncarol 35 paris\n',
  n5: 'one\ntwo\nthree\nfour\nfive\n',
  'rd/a.txt': 'foo\nbar\nfoobar\n',
  'rd/sub/b.txt': 'nothing\nFOO here\n',
};

export interface TextFixture {
  host: SimHost;
  fs: FileSystem;
  run(applet: Applet, argv: string[], opts?: RunOptions): Promise<RunResult>;
}

export function textFixture(flavour: Flavour = 'gnu'): TextFixture {
  const host = createHost({ seed: 1, flavour });
  const student = host.credOf('student')!;
  host.fs(student, '/home/student').mkdir('t');
  const fs = host.fs(student, TDIR);
  fs.mkdir('d');
  fs.mkdir('rd');
  fs.mkdir('rd/sub');
  for (const [name, text] of Object.entries(TEXT_FILES)) fs.writeFile(name, text);
  return {
    host,
    fs,
    run: (applet, argv, opts = {}) => runApplet(applet, argv, { cwd: TDIR, flavour, host, ...opts }),
  };
}
