/**
 * seq, expectations recorded from coreutils 9.1 (`seq ...`) and busybox 1.35 (`busybox seq ...`).
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { applet as seq } from './seq.ts';

const BB_USAGE =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\n' +
  'Print numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n';

describe('seq (GNU)', () => {
  it('counts as coreutils does', async () => {
    const cases: [string[], string][] = [
      [['3'], '1\n2\n3\n'],
      [['2', '4'], '2\n3\n4\n'],
      [['1', '2', '7'], '1\n3\n5\n7\n'],
      [['-s,', '3'], '1,2,3\n'],
      [['-w', '8', '10'], '08\n09\n10\n'],
      [['-f', '%03g', '3'], '001\n002\n003\n'],
      [['5', '1'], ''],
      [['1', '0.5', '2'], '1.0\n1.5\n2.0\n'],
      [['0.1', '0.1', '0.3'], '0.1\n0.2\n0.3\n'],
      [['-s,', '-w', '1', '2', '10'], '01,03,05,07,09\n'],
      [['-w', '-1', '1'], '-1\n00\n01\n'],
      [['1.5', '3'], '1.5\n2.5\n'],
    ];
    for (const [args, out] of cases) {
      const r = await runApplet(seq, ['seq', ...args]);
      expect([args, r.stdout, r.status]).toEqual([args, out, 0]);
    }
  });

  it('words errors as coreutils does', async () => {
    const cases: [string[], string][] = [
      [['x'], 'seq: invalid floating point argument: ‘x’\n'],
      [[], 'seq: missing operand\n'],
      [['1', '2', '3', '4'], 'seq: extra operand ‘4’\n'],
      [['1', '0', '3'], 'seq: invalid Zero increment value: ‘0’\n'],
    ];
    for (const [args, err] of cases) {
      const r = await runApplet(seq, ['seq', ...args]);
      expect(r.stderr).toBe(err + "Try 'seq --help' for more information.\n");
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
    }
  });
});

describe('seq (busybox)', () => {
  it('counts, with -w and -s', async () => {
    const r = await runApplet(seq, ['seq', '-w', '8', '10'], { flavour: 'busybox' });
    expect(r.stdout).toBe('08\n09\n10\n');
    expect((await runApplet(seq, ['seq', '-s,', '3'], { flavour: 'busybox' })).stdout).toBe('1,2,3\n');
    expect((await runApplet(seq, ['seq', '1', '0.5', '2'], { flavour: 'busybox' })).stdout).toBe('1.0\n1.5\n2.0\n');
  });

  it('prints its usage on bad input, and rejects -f', async () => {
    for (const args of [[], ['x'], ['1', '2', '3', '4']]) {
      const r = await runApplet(seq, ['seq', ...args], { flavour: 'busybox' });
      expect([r.stderr, r.status]).toEqual([BB_USAGE, 1]);
    }
    const f = await runApplet(seq, ['seq', '-f', '%03g', '3'], { flavour: 'busybox' });
    expect([f.stderr, f.status]).toEqual(["seq: invalid option -- 'f'\n" + BB_USAGE, 1]);
  });
});
