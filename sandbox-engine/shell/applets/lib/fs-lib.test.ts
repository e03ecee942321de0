/**
 * The file applets' helpers against recorded behaviour: GNU ls --quoting-style=shell-escape and rm's
 * messages (coreutils 9.1, C.UTF-8), human-readable sizes of ls/du/df, chmod mode arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { quoteName } from './fs-quote.ts';
import { bbHuman, gnuHuman } from './sizes.ts';
import { busyboxApplyMode, gnuApplyMode, parseMode } from './mode-parse.ts';
import { parseBusyboxDate, parseGnuDate, parsePosixStamp } from './parse-date.ts';

describe('quoteName', () => {
  // Recorded: `touch -- NAME; ls --quoting-style=shell-escape -1` and `rm zzNAME` (shell-escape-always).
  const cases: [string, string, string][] = [
    ['#x', "'#x'", "'zz#x'"],
    ['a b', "'a b'", "'zza b'"],
    ['a!', "'a!'", "'zza!'"],
    ['a"b', "'a\"b'", "'zza\"b'"],
    ['a$b', "'a$b'", "'zza$b'"],
    ['a%b', 'a%b', "'zza%b'"],
    ["a'b c", '"a\'b c"', '"zza\'b c"'],
    ["a'b$", "'a'\\''b$'", "'zza'\\''b$'"],
    ['a=b', "'a=b'", "'zza=b'"],
    ['a]b', 'a]b', "'zza]b'"],
    ['a^b', "'a^b'", "'zza^b'"],
    ["it's", '"it\'s"', '"zzit\'s"'],
    ['nl\nx', "'nl'$'\\n''x'", "'zznl'$'\\n''x'"],
    ['tab\tx', "'tab'$'\\t''x'", "'zztab'$'\\t''x'"],
    ['x#', 'x#', "'zzx#'"],
    ['{', "'{'", "'zz{'"],
    ['{a}', '{a}', "'zz{a}'"],
    ['~y', "'~y'", "'zz~y'"],
    ['é', 'é', "'zzé'"],
  ];
  it.each(cases)('%j', (name, ls, rm) => {
    expect(quoteName(name, 'shell-escape', true)).toBe(ls);
    expect(quoteName('zz' + name, 'shell-escape-always', true)).toBe(rm);
  });

  it('handles the empty name, a trailing control character and the locale style', () => {
    expect(quoteName('', 'shell-escape-always', true)).toBe("''");
    expect(quoteName('zz\n', 'shell-escape-always', true)).toBe("'zz'$'\\n'");
    expect(quoteName('d', 'locale', true)).toBe('‘d’');
    expect(quoteName('d', 'locale', false)).toBe("'d'");
    // In the C locale bytes above ASCII are not printable.
    expect(quoteName('é', 'shell-escape', false)).toBe("''$'\\303\\251'");
  });
});

describe('human sizes', () => {
  it('GNU rounds up, one decimal below 10', () => {
    // From `ls -lh`, `du -h`, `df -h`.
    expect([0, 6, 4096, 5000, 12288, 3000000, 3022848].map(gnuHuman)).toEqual(['0', '6', '4.0K', '4.9K', '12K', '2.9M', '2.9M']);
    expect(gnuHuman(30297152 * 1024)).toBe('29G');
    expect(gnuHuman(1023 * 1024 + 1)).toBe('1.0M');
  });

  it('busybox rounds to nearest and always shows the tenth', () => {
    expect([0, 6, 4096, 5000, 12288, 3000000].map((v) => bbHuman(v, 1))).toEqual(['0', '6', '4.0K', '4.9K', '12.0K', '2.9M']);
    // `busybox ls -lh` total: 2952 KiB without fraction.
    expect(bbHuman(2952 * 1024, 0)).toBe('3M');
  });
});

describe('modes', () => {
  const gnu = (m: string, old: number, dir = false, umask = 0o022): string => gnuApplyMode(parseMode(m)!, old, dir, umask).toString(8);
  const bb = (m: string, old: number, dir = false, umask = 0o022): string => busyboxApplyMode(parseMode(m)!, old, dir, umask).toString(8);

  it('parses octal and symbolic modes, rejects the rest', () => {
    expect(parseMode('755')).toEqual({ kind: 'octal', value: 0o755, digits: 3 });
    expect(parseMode('999')).toBeNull();
    expect(parseMode('bad')).toBeNull();
    expect(parseMode('u')).toBeNull();
    expect(parseMode('u+x,go-w,a=r')).not.toBeNull();
  });

  it('GNU: recorded chmod results', () => {
    expect(gnu('u+x,go-w,a=r', 0o644)).toBe('444');
    expect(gnu('+x', 0o444)).toBe('555');
    expect(gnu('u=rwX,g+s', 0o7777)).toBe('3777');
    expect(gnu('=r', 0o3777)).toBe('444');
    expect(gnu('g=u', 0o444)).toBe('444');
    expect(gnu('+w', 0o444)).toBe('644');
    expect(gnu('u=rwx,g=rx', 0o777, true)).toBe('757');
    // A directory keeps setgid under a short octal mode.
    expect(gnu('755', 0o2755, true)).toBe('2755');
  });

  it('busybox: `=` without who clears everything; octal replaces', () => {
    expect(bb('=r', 0o3777)).toBe('444');
    expect(bb('u=rwX,g+s', 0o7777)).toBe('3777');
    expect(bb('755', 0o2755, true)).toBe('755');
  });
});

describe('dates', () => {
  const now = Date.UTC(2026, 0, 5, 9, 46, 6);
  it('GNU touch -d forms', () => {
    expect(parseGnuDate('2020-01-01 00:00', now)).toBe(Date.UTC(2020, 0, 1));
    expect(parseGnuDate('2020-01-01T10:00:00', now)).toBe(Date.UTC(2020, 0, 1, 10));
    expect(parseGnuDate('@1600000000', now)).toBe(1600000000000);
    expect(parseGnuDate('bogus', now)).toBeNull();
    expect(parseGnuDate('2 days ago', now)).toBe(now - 2 * 86_400_000);
  });
  it('touch -t and busybox -d', () => {
    expect(parsePosixStamp('202001021530.45', now)).toBe(Date.UTC(2020, 0, 2, 15, 30, 45));
    expect(parsePosixStamp('2001021530', now)).toBe(Date.UTC(2020, 0, 2, 15, 30));
    expect(parseBusyboxDate('2020-01-01', now)).toBe(Date.UTC(2020, 0, 1, 9, 46, 6));
    expect(parseBusyboxDate('2020-01-01 10', now)).toBe(Date.UTC(2020, 0, 1, 10, 46, 6));
    expect(parseBusyboxDate('2020-01-01T10:00:00', now)).toBeNull();
  });
});
