/**
 * The daemon's mount parser. Error texts recorded from `docker run -v ... / --mount ...` on the
 * reference engine (docker CLI 28.2.2, daemon 20.10) and checked against moby v28.5.2
 * volume/mounts/linux_parser.go; subpath checks (not in 20.10) from the v28.5.2 source.
 */
import { describe, expect, it } from 'vitest';
import { convertTmpfsOptions, parseMountRaw, parseMountSpec, parseVolumesFrom, readWrite, validMountMode } from './parser.ts';

const raw = (s: string) => parseMountRaw(s, '');
const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('ParseMountRaw (-v)', () => {
  it('named volume, bind, anonymous; modes', () => {
    expect(raw('vol:/data')).toMatchObject({ Type: 'volume', Name: 'vol', Destination: '/data', RW: true, Mode: '', CopyData: true, Spec: { Type: 'volume', Source: 'vol', Target: '/data' } });
    expect(raw('vol:/data:ro')).toMatchObject({ RW: false, Mode: 'ro', Spec: { ReadOnly: true } });
    expect(raw('vol:/data:nocopy')).toMatchObject({ CopyData: false, Spec: { VolumeOptions: { NoCopy: true } } });
    expect(raw('/host/dir/:/ctr/')).toMatchObject({ Type: 'bind', Source: '/host/dir', Destination: '/ctr', Propagation: 'rprivate', Name: '' });
    expect(raw('/h:/c:ro,z')).toMatchObject({ Mode: 'ro,z', RW: false });
    expect(raw('/h:/c:rshared')).toMatchObject({ Propagation: 'rshared', Spec: { BindOptions: { Propagation: 'rshared' } } });
    expect(raw('/anon')).toMatchObject({ Type: 'volume', Name: '', Destination: '/anon' });
  });

  it('errors as the daemon words them', () => {
    expect(err(() => raw('/foo:rw'))).toBe("invalid volume specification: '/foo:rw'");
    expect(err(() => raw('/data:ro'))).toBe("invalid volume specification: '/data:ro'");
    expect(err(() => raw('a::b'))).toBe('invalid mode: b');
    expect(err(() => raw('/x:/y:bogus'))).toBe('invalid mode: bogus');
    expect(err(() => raw('/x:/y:ro,rw'))).toBe('invalid mode: ro,rw');
    expect(err(() => raw('vh-n1:/'))).toBe(
      "invalid volume specification: 'vh-n1:/': invalid mount config for type \"volume\": invalid specification: destination can't be '/'",
    );
    expect(err(() => raw('vh-n1:rel'))).toBe(
      "invalid volume specification: 'vh-n1:rel': invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute",
    );
    expect(err(() => raw('/x:/y:nocopy'))).toBe(
      "invalid volume specification: '/x:/y:nocopy': invalid mount config for type \"bind\": field VolumeOptions must not be specified",
    );
    expect(err(() => raw('/a:/b:/c:/d'))).toBe("invalid volume specification: '/a:/b:/c:/d'");
  });

  it('modes: one of each group', () => {
    expect(validMountMode('ro,z,rslave,nocopy,cached')).toBe(true);
    expect(validMountMode('z,Z')).toBe(false);
    expect(readWrite('ro,z')).toBe(false);
    expect(readWrite('rw')).toBe(true);
  });
});

describe('ParseMountSpec (--mount)', () => {
  const exists = (p: string) => p === '/tmp';
  it('validation texts', () => {
    expect(err(() => parseMountSpec({ Type: 'bind', Source: '/nonexist', Target: '/x' }, exists))).toBe(
      'invalid mount config for type "bind": bind source path does not exist: /nonexist',
    );
    expect(err(() => parseMountSpec({ Type: 'bind', Target: '/x' }, exists))).toBe('invalid mount config for type "bind": field Source must not be empty');
    expect(err(() => parseMountSpec({ Type: 'volume', Target: '/x', ReadOnly: true }, exists))).toBe(
      'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes',
    );
    expect(err(() => parseMountSpec({ Type: 'tmpfs', Source: 'foo', Target: '/x' }, exists))).toBe('invalid mount config for type "tmpfs": field Source must not be specified');
    expect(err(() => parseMountSpec({ Type: 'foo', Target: '/x' }, exists))).toBe('invalid mount config for type "foo": mount type unknown');
    expect(err(() => parseMountSpec({ Type: 'bind', Source: '/tmp', Target: '/x', BindOptions: { Propagation: 'weird' } }, exists))).toBe(
      'invalid mount config for type "bind": invalid propagation mode: weird',
    );
    expect(err(() => parseMountSpec({ Type: 'bind', Source: 'rel', Target: '/x' }, exists))).toBe(
      "invalid mount config for type \"bind\": invalid mount path: 'rel' mount path must be absolute",
    );
    // Engine 28 only (moby v28.5.2 volume/mounts/validate.go).
    expect(err(() => parseMountSpec({ Type: 'volume', Target: '/x', VolumeOptions: { Subpath: 'a' } }, exists))).toBe(
      'invalid mount config for type "volume": must not set Subpath when using anonymous volumes',
    );
    expect(err(() => parseMountSpec({ Type: 'volume', Source: 'v', Target: '/x', VolumeOptions: { Subpath: '../a' } }, exists))).toBe(
      'invalid mount config for type "volume": subpath must be a relative path within the volume',
    );
  });

  it('mount points', () => {
    expect(parseMountSpec({ Type: 'tmpfs', Target: '/t/' }, exists)).toMatchObject({ Type: 'tmpfs', Destination: '/t', Source: '', Propagation: '', RW: true });
    expect(parseMountSpec({ Type: 'bind', Source: '/tmp', Target: '/x', ReadOnly: true }, exists)).toMatchObject({ RW: false, Mode: '', Propagation: 'rprivate' });
  });
});

describe('volumes-from and tmpfs options', () => {
  it('ParseVolumesFrom', () => {
    expect(parseVolumesFrom('box')).toEqual({ id: 'box', mode: 'rw' });
    expect(parseVolumesFrom('box:ro,z')).toEqual({ id: 'box', mode: 'ro,z' });
    expect(err(() => parseVolumesFrom(''))).toBe('volumes-from specification cannot be an empty string');
    expect(err(() => parseVolumesFrom('box:shared'))).toBe('invalid mode: shared');
    expect(err(() => parseVolumesFrom('box:nocopy'))).toBe('invalid mode: nocopy');
    expect(err(() => parseVolumesFrom('box:bogus'))).toBe('invalid mode: bogus');
  });

  it('ConvertTmpfsOptions: mode in octal, size in the largest unit that divides it', () => {
    expect(convertTmpfsOptions({ SizeBytes: 64 * 2 ** 20, Mode: 0o1770 }, false)).toBe('mode=1770,size=64m');
    expect(convertTmpfsOptions({ SizeBytes: 1536 }, true)).toBe('ro,size=1536');
    expect(convertTmpfsOptions({ SizeBytes: 2 ** 30 }, false)).toBe('size=1g');
    expect(convertTmpfsOptions(undefined, false)).toBe('');
  });
});
