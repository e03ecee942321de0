/**
 * `--mount` value parsing. Error texts recorded from docker CLI 28.2.2 (`docker run --mount
 * '<value>' ...`: `invalid argument "<value>" for "--mount" flag: <text>`); the request JSON
 * from `docker inspect -f '{{json .HostConfig.Mounts}}'` on the reference engine.
 */
import { describe, expect, it } from 'vitest';
import { parseMountOpt } from './mount-opt.ts';

const err = (v: string) => {
  try {
    parseMountOpt(v);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('MountOpt.Set', () => {
  it('builds the API request as the CLI sends it', () => {
    expect(JSON.stringify(parseMountOpt('type=volume,dst=/m1'))).toBe('{"Type":"volume","Target":"/m1"}');
    expect(JSON.stringify(parseMountOpt('type=volume,src=vh-n3,dst=/m2,volume-label=a=b,volume-nocopy'))).toBe(
      '{"Type":"volume","Source":"vh-n3","Target":"/m2","VolumeOptions":{"NoCopy":true,"Labels":{"a":"b"},"DriverConfig":{}}}',
    );
    expect(JSON.stringify(parseMountOpt('type=bind,src=/tmp/vh-host,dst=/m3,readonly'))).toBe('{"Type":"bind","Source":"/tmp/vh-host","Target":"/m3","ReadOnly":true}');
    expect(JSON.stringify(parseMountOpt('type=tmpfs,dst=/m4,tmpfs-size=64m,tmpfs-mode=1770'))).toBe(
      '{"Type":"tmpfs","Target":"/m4","TmpfsOptions":{"SizeBytes":67108864,"Mode":1016}}',
    );
    expect(parseMountOpt('dst=/x,Type=TMPFS')).toEqual({ Type: 'tmpfs', Target: '/x' });
    expect(parseMountOpt('dst=/x,ro=1,ro=0')).toEqual({ Type: 'volume', Target: '/x', ReadOnly: false });
    expect(parseMountOpt('type=bind,src=./here,dst=/x', '/home/student')).toMatchObject({ Source: '/home/student/here' });
    expect(parseMountOpt('"type=bind,src=/tmp",dst=/x')).toEqual({ Type: 'bind,src=/tmp', Target: '/x' });
  });

  it('refuses values with the CLI texts', () => {
    expect(err('type=bind')).toBe('target is required');
    expect(err('type=,dst=/x')).toBe('type is required');
    expect(err('dst=/x,bogus')).toBe("invalid field 'bogus' must be a key=value pair");
    expect(err('dst=/x,foo=bar')).toBe("unexpected key 'foo' in 'foo=bar'");
    expect(err('type=bind,src=/tmp,dst=/x,volume-nocopy')).toBe("cannot mix 'volume-*' options with mount type 'bind'");
    expect(err('type=volume,dst=/x,image-subpath=a')).toBe("cannot mix 'image-*' options with mount type 'volume'");
    expect(err('type=tmpfs,dst=/x,tmpfs-size=abc')).toBe('invalid value for tmpfs-size: abc');
    expect(err('type=tmpfs,dst=/x,tmpfs-mode=9')).toBe('invalid value for tmpfs-mode: 9');
    expect(err('type=volume,src=v,dst=/x,ro=maybe')).toBe('invalid value for ro: maybe');
    expect(err('dst=/x,bind-recursive=bad')).toBe('invalid value for bind-recursive: bad (must be "enabled", "disabled", "writable", or "readonly")');
    expect(err('type=bind,src=/tmp,dst=/x,bind-recursive=writable')).toBe("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  });

  it('CSV errors carry encoding/csv line and column', () => {
    expect(err('dst=/x,"a')).toBe('parse error on line 1, column 10: extraneous or missing " in quoted-field');
    expect(err('dst=/x,a"b')).toBe('parse error on line 1, column 9: bare " in non-quoted-field');
    expect(err('dst=/x,"a"b')).toBe('parse error on line 1, column 10: extraneous or missing " in quoted-field');
    expect(err('"dst=/x')).toBe('parse error on line 1, column 8: extraneous or missing " in quoted-field');
    expect(err('')).toBe('EOF');
  });
});
