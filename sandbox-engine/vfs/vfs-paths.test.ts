/**
 * The fast paths of path resolution: mountFor skips re-normalizing paths that are already
 * normalized (resolve builds them component by component), and a name's UTF-8 length is only
 * measured when it could exceed NAME_MAX (255 bytes). Results must not change.
 */
import { describe, expect, it } from 'vitest';
import { isFsError } from './errors.ts';
import { MemFs } from './memfs.ts';
import { isNormalized, Vfs } from './vfs.ts';
import { VirtualClock } from '../util/clock.ts';
import { ROOT } from './types.ts';

function errno(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isFsError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

describe('isNormalized', () => {
  it('accepts only absolute paths with no empty, . or .. component and no trailing slash', () => {
    for (const p of ['/', '/a', '/a/b', '/a/.b', '/a/..b', '/a/b.', '/...', '/a/b..c']) expect(isNormalized(p), p).toBe(true);
    for (const p of ['', 'a', 'a/b', '/a/', '//a', '/a//b', '/.', '/a/.', '/a/./b', '/..', '/a/..', '/a/../b']) expect(isNormalized(p), p).toBe(false);
  });
});

describe('mountFor', () => {
  const clock = new VirtualClock();
  const vfs = new Vfs(new MemFs({ clock, dev: 1 }));
  const rv = vfs.view(ROOT);
  rv.mkdir('/mnt');
  rv.mkdir('/mnt/v');
  const inner = new MemFs({ clock, dev: 2 });
  vfs.mount('/mnt/v', inner, { source: '/data' });

  it('maps normalized and unnormalized paths alike', () => {
    expect(vfs.mountFor('/mnt/x').bpath).toBe('/mnt/x');
    expect(vfs.mountFor('/mnt/./x/../y').bpath).toBe('/mnt/y');
    expect(vfs.mountFor('/mnt/v')).toMatchObject({ bpath: '/data' });
    expect(vfs.mountFor('/mnt/v/a/b').bpath).toBe('/data/a/b');
    expect(vfs.mountFor('/mnt/v/a/../b').bpath).toBe('/data/b');
    expect(vfs.mountFor('/mnt/v/a').mount.backend).toBe(inner);
  });
});

describe('NAME_MAX', () => {
  it('is 255 bytes of UTF-8, however many characters that is', () => {
    const clock = new VirtualClock();
    const fs = new Vfs(new MemFs({ clock, dev: 1 })).view(ROOT);
    expect(errno(() => fs.writeFile('/' + 'a'.repeat(255), ''))).toBe('ok');
    expect(errno(() => fs.writeFile('/' + 'a'.repeat(256), ''))).toBe('ENAMETOOLONG');
    // 85 three-byte characters are 255 bytes; 86 are 258.
    expect(errno(() => fs.writeFile('/' + 'ж'.repeat(127) + 'a', ''))).toBe('ok');
    expect(errno(() => fs.writeFile('/' + 'ж'.repeat(128), ''))).toBe('ENAMETOOLONG');
    expect(errno(() => fs.writeFile('/' + '€'.repeat(85), ''))).toBe('ok');
    expect(errno(() => fs.writeFile('/' + '€'.repeat(86), ''))).toBe('ENAMETOOLONG');
    expect(errno(() => fs.stat('/' + '€'.repeat(86) + '/x'))).toBe('ENAMETOOLONG');
  });
});
