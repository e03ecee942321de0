import { describe, expect, it } from 'vitest';
import { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes } from './units.ts';
import { formatFloat } from '../go/ftoa.ts';
import { FTOA_GOLDENS } from '../testdata/ftoa-goldens.ts';

describe('Go float formatting (recorded with docker CLI 28.2.2 printf)', () => {
  const verbs: Record<string, (v: number) => string> = {
    '%.3g': (v) => formatFloat(v, 'g', 3),
    '%.4g': (v) => formatFloat(v, 'g', 4),
    '%.1g': (v) => formatFloat(v, 'g', 1),
    '%g': (v) => formatFloat(v, 'g', -1),
    '%v': (v) => formatFloat(v, 'g', -1),
    '%.2f': (v) => formatFloat(v, 'f', 2),
    '%.0f': (v) => formatFloat(v, 'f', 0),
    '%e': (v) => formatFloat(v, 'e', 6),
    '%.3e': (v) => formatFloat(v, 'e', 3),
  };
  it(`matches ${FTOA_GOLDENS.length} recorded outputs`, () => {
    const bad = FTOA_GOLDENS.filter((g) => verbs[g.verb](g.value) !== g.out).map(
      (g) => `${g.verb} ${g.value}: got ${verbs[g.verb](g.value)} want ${g.out}`,
    );
    expect(bad).toEqual([]);
  });
});

describe('go-units sizes', () => {
  it('HumanSizeWithPrecision / HumanSize (docker-semantics.md §0 examples)', () => {
    expect(humanSizeWithPrecision(0, 3)).toBe('0B');
    expect(humanSizeWithPrecision(7_812_345, 3)).toBe('7.81MB');
    expect(humanSizeWithPrecision(7_800_000, 3)).toBe('7.8MB');
    expect(humanSizeWithPrecision(12_300, 3)).toBe('12.3kB');
    expect(humanSize(16_430_000)).toBe('16.43MB');
    // Exact ties round to even in Go: 1.125 → 1.12 (JavaScript's toPrecision would say 1.13).
    expect(humanSizeWithPrecision(1125, 3)).toBe('1.12kB');
    // Rounding up to 1000 switches %g to the exponent form at precision 3, not at 4.
    expect(humanSizeWithPrecision(999_600, 3)).toBe('1e+03kB');
    expect(humanSize(999_950)).toBe('1000kB');
    expect(humanSize(999)).toBe('999B');
    expect(humanSize(1000)).toBe('1kB');
    expect(humanSize(2 ** 63)).toBe('9.223EB');
  });

  it('BytesSize uses binary units', () => {
    expect(bytesSize(1024 * 1024)).toBe('1MiB');
    expect(bytesSize(1536)).toBe('1.5KiB');
    expect(bytesSize(1023)).toBe('1023B');
  });

  it('RAMInBytes / FromHumanSize', () => {
    expect(ramInBytes('512m')).toBe(512 * 2 ** 20);
    expect(ramInBytes('1.5g')).toBe(1.5 * 2 ** 30);
    expect(ramInBytes('10 KiB')).toBe(10240);
    expect(ramInBytes('32')).toBe(32);
    expect(ramInBytes('1b')).toBe(1);
    expect(fromHumanSize('1kb')).toBe(1000);
    expect(fromHumanSize('1.5MB')).toBe(1_500_000);
    expect(() => ramInBytes('10x')).toThrow("invalid suffix: 'x'");
    expect(() => ramInBytes('10kx')).toThrow("invalid suffix: 'kx'");
    expect(() => ramInBytes('10KBB')).toThrow("invalid suffix: 'kbb'");
    expect(() => ramInBytes('10bytes')).toThrow("invalid suffix: 'bytes'");
    expect(() => ramInBytes('x')).toThrow("invalid size: 'x'");
    expect(() => ramInBytes('-1')).toThrow("invalid size: '-1'");
    expect(() => ramInBytes('1.5.5')).toThrow('strconv.ParseFloat: parsing "1.5.5": invalid syntax');
  });
});

describe('HumanDuration thresholds (go-units duration.go)', () => {
  const s = 1000;
  const m = 60 * s;
  const h = 60 * m;
  const d = 24 * h;
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * s, '1 second'],
    [1999, '1 second'],
    [2 * s, '2 seconds'],
    [59 * s, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [120 * s, '2 minutes'],
    [59 * m + 59 * s, '59 minutes'],
    [60 * m, 'About an hour'],
    [89 * m, 'About an hour'],
    [90 * m, '2 hours'], // hours round: int(1.5 + 0.5)
    [47 * h + 29 * m, '47 hours'],
    [47 * h + 30 * m, '2 days'],
    [13 * d, '13 days'],
    [14 * d, '2 weeks'],
    [59 * d, '8 weeks'],
    [60 * d, '2 months'],
    [729 * d, '24 months'],
    [730 * d, '2 years'],
    [-5 * s, 'Less than a second'],
  ])('%d ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});
