import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { fromUtf8 } from '../util/text.ts';
import { isFsError } from './errors.ts';
import { MemFs } from './memfs.ts';
import { restoreMemFs, serializeMemFs } from './serialize.ts';

function fsWithFile() {
  const clock = new VirtualClock(1_000_000);
  const fs = new MemFs({ clock, dev: 1 });
  fs.create('/f', 'file', { mode: 0o644, uid: 0, gid: 0 });
  return { clock, fs };
}

describe('MemFs extended attributes', () => {
  it('set, get, list and remove; setxattr changes ctime only', () => {
    const { clock, fs } = fsWithFile();
    const before = fs.lstat('/f')!;
    clock.advance(5000);
    fs.setxattr('/f', 'user.b', 'two');
    fs.setxattr('/f', 'trusted.overlay.opaque', new Uint8Array([0x79]));
    expect(fs.listxattr('/f')).toEqual(['trusted.overlay.opaque', 'user.b']);
    expect(fromUtf8(fs.getxattr('/f', 'user.b')!)).toBe('two');
    expect(fs.getxattr('/f', 'user.none')).toBeNull();
    const after = fs.lstat('/f')!;
    expect(after.mtime).toBe(before.mtime);
    expect(after.ctime).toBe(before.ctime + 5000);
    expect(fs.removexattr('/f', 'user.b')).toBe(true);
    expect(fs.removexattr('/f', 'user.b')).toBe(false);
    expect(fs.listxattr('/f')).toEqual(['trusted.overlay.opaque']);
  });

  it('values are copied in and out', () => {
    const { fs } = fsWithFile();
    const v = new Uint8Array([1, 2, 3]);
    fs.setxattr('/f', 'user.v', v);
    v[0] = 9;
    const got = fs.getxattr('/f', 'user.v')!;
    got[1] = 9;
    expect([...fs.getxattr('/f', 'user.v')!]).toEqual([1, 2, 3]);
  });

  it('hard links share attributes; missing paths are ENOENT; read-only is EROFS', () => {
    const { fs, clock } = fsWithFile();
    fs.link('/f', '/g');
    fs.setxattr('/g', 'user.x', 'y');
    expect(fs.listxattr('/f')).toEqual(['user.x']);
    expect(() => fs.getxattr('/nope', 'user.x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    const ro = new MemFs({ clock, dev: 2, readOnly: true });
    try {
      ro.setxattr('/', 'user.x', 'y');
      expect.unreachable();
    } catch (e) {
      expect(isFsError(e, 'EROFS')).toBe(true);
    }
  });

  it('survive serialization', () => {
    const { fs, clock } = fsWithFile();
    fs.setxattr('/f', 'security.capability', new Uint8Array([0, 0, 0, 2, 0x20]));
    fs.setxattr('/', 'user.root', 'r');
    const back = restoreMemFs(JSON.parse(JSON.stringify(serializeMemFs(fs))), clock);
    expect([...back.getxattr('/f', 'security.capability')!]).toEqual([0, 0, 0, 2, 0x20]);
    expect(fromUtf8(back.getxattr('/', 'user.root')!)).toBe('r');
  });
});
