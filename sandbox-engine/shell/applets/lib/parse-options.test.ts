/**
 * Long options under busybox: getopt32 uses getopt_long in the Debian and Alpine builds, so every
 * getopt32 applet rejects an unknown `--x` as `unrecognized option '--x'`; head (plain getopt)
 * says `invalid option -- '-'`; dirname takes no options at all. Recorded with busybox 1.35:
 *   busybox <applet> --bogus </dev/null 2>&1 | head -n 1; busybox <applet> --bogus; echo $?
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../../test/helpers/harness.ts';
import { parseArgs } from './parse-options.ts';
import { APPLETS } from '../index.ts';

describe('parseArgs, busybox flavour', () => {
  it('an unknown long option is unrecognized even without long options of its own', () => {
    expect(parseArgs(['--bogus'], { name: 'rm', short: 'fiRrv' }, 'busybox')).toEqual({ ok: false, message: "unrecognized option '--bogus'" });
    expect(parseArgs(['--bogus'], { name: 'head', short: 'n:c:qv', bbPlainGetopt: true }, 'busybox')).toEqual({
      ok: false,
      message: "invalid option -- '-'",
    });
    expect(parseArgs(['--', '--bogus'], { name: 'rm', short: 'f' }, 'busybox')).toEqual({ ok: true, opts: [], operands: ['--bogus'] });
  });
});

/** [applet, first line of stderr, status] */
const RECORDED: [string, string, number][] = [
  ['mkdir', "mkdir: unrecognized option '--bogus'", 1],
  ['rm', "rm: unrecognized option '--bogus'", 1],
  ['cat', "cat: unrecognized option '--bogus'", 1],
  ['chmod', "chmod: unrecognized option '--bogus'", 1],
  ['ln', "ln: unrecognized option '--bogus'", 1],
  ['du', "du: unrecognized option '--bogus'", 1],
  ['df', "df: unrecognized option '--bogus'", 1],
  ['stat', "stat: unrecognized option '--bogus'", 1],
  ['basename', "basename: unrecognized option '--bogus'", 1],
  ['ps', "ps: unrecognized option '--bogus'", 1],
  ['awk', "awk: unrecognized option '--bogus'", 1],
  ['readlink', "readlink: unrecognized option '--bogus'", 1],
  ['head', "head: invalid option -- '-'", 1],
];

describe('busybox applets and --bogus', () => {
  for (const [name, line, status] of RECORDED) {
    it(name, async () => {
      const r = await runApplet(APPLETS.get(name)!, [name, '--bogus'], { flavour: 'busybox' });
      expect({ line: r.stderr.split('\n')[0], status: r.status }).toEqual({ line, status });
    });
  }

  it('dirname takes no options: `dirname --bogus` prints "."; mkdir knows --parents and --mode', async () => {
    expect(await runApplet(APPLETS.get('dirname')!, ['dirname', '--bogus'], { flavour: 'busybox' })).toMatchObject({ stdout: '.\n', status: 0 });
    expect(await runApplet(APPLETS.get('dirname')!, ['dirname', '--', 'a/b'], { flavour: 'busybox' })).toMatchObject({ stdout: 'a\n', status: 0 });
    const r = await runApplet(APPLETS.get('mkdir')!, ['mkdir', '--parents', '--mode=700', 'x/y'], { flavour: 'busybox' });
    expect(r.status).toBe(0);
    const st = r.host.fs(r.host.credOf('student')!, '/home/student').stat('x/y');
    expect(st.mode & 0o777).toBe(0o700);
  });
});

describe('GNU programs without long options', () => {
  it('mawk and ncurses clear parse with their own getopt', async () => {
    // Recorded: mawk 1.3.4 20200120 (Debian's awk) and ncurses 6.4 clear.
    const awk = APPLETS.get('awk')!;
    expect(await runApplet(awk, ['awk', '--bogus'])).toMatchObject({ stderr: 'awk: not an option: --bogus\n', status: 2 });
    expect(await runApplet(awk, ['awk', '--field-separator=:'])).toMatchObject({ stderr: 'awk: not an option: --field-separator=:\n', status: 2 });
    expect(await runApplet(awk, ['awk', '-x'])).toMatchObject({ stderr: 'awk: not an option: -x\n', status: 2 });
    expect(await runApplet(awk, ['awk', '-F'])).toMatchObject({ stderr: 'awk: option -F lacks argument\n', status: 2 });
    const clear = await runApplet(APPLETS.get('clear')!, ['clear', '--bogus']);
    expect({ line: clear.stderr.split('\n')[0], status: clear.status }).toEqual({ line: "clear: invalid option -- '-'", status: 1 });
  });
});
