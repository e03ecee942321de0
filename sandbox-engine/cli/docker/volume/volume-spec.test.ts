/**
 * How the CLI splits `-v` values (docker/cli v28.5.2 internal/volumespec and container/opts.go).
 * The `invalid spec` texts recorded from docker CLI 28.2.2: `docker run -v '<spec>' alpine true`.
 */
import { describe, expect, it } from 'vitest';
import { parseVolumeSpec, splitVolumeFlags } from './volume-spec.ts';

const err = (v: string) => {
  try {
    parseVolumeSpec(v);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('volumespec.Parse', () => {
  it('sources, targets and the Windows-drive quirk', () => {
    expect(parseVolumeSpec('/data')).toEqual({ type: 'volume', source: '', target: '/data' });
    expect(parseVolumeSpec('vol:/data:ro')).toEqual({ type: 'volume', source: 'vol', target: '/data' });
    expect(parseVolumeSpec('/h:/c')).toEqual({ type: 'bind', source: '/h', target: '/c' });
    expect(parseVolumeSpec('./h:/c')).toEqual({ type: 'bind', source: './h', target: '/c' });
    // `x:` reads as a drive letter: the whole spec is an anonymous volume's target.
    expect(parseVolumeSpec('x:/y')).toEqual({ type: 'volume', source: '', target: 'x:/y' });
    expect(parseVolumeSpec('a::b')).toEqual({ type: 'bind', source: 'a:', target: 'b' });
  });

  it('errors', () => {
    expect(err('/x:/y:/z:/w')).toBe('invalid spec: /x:/y:/z:/w: too many colons');
    expect(err(':/y')).toBe('invalid spec: :/y: empty section between colons');
    expect(err('/x:')).toBe('invalid spec: /x:: empty section between colons');
    expect(err('/x:/y:')).toBe('invalid spec: /x:/y:: empty section between colons');
  });

  it('Binds and Config.Volumes; ./relative made absolute', () => {
    expect(splitVolumeFlags(['/anon', 'vol:/d', './h:/c:ro', '/anon', 'v:/d'], '/home/student')).toEqual({
      binds: ['vol:/d', '/home/student/h:/c:ro'],
      // Recorded: `-v x:/y` mounts an anonymous volume at /x:/y (Destination "x:/y").
      volumes: { '/anon': {}, 'v:/d': {} },
    });
  });
});
