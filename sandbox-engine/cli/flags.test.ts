import { describe, expect, it } from 'vitest';
import { FlagError, FlagSet, HelpRequested } from './flags.ts';
import type { FlagSpec } from './flags.ts';

// A subset of `docker run`'s flags (data as in cli/command/container/run.spec.ts).
const RUN: FlagSpec[] = [
  { name: 'detach', shorthand: 'd', type: 'bool', usage: '' },
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: '' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: '' },
  { name: 'rm', type: 'bool', usage: '' },
  { name: 'name', type: 'string', usage: '' },
  { name: 'env', shorthand: 'e', type: 'list', usage: '', validator: 'ValidateEnv' },
  { name: 'label', shorthand: 'l', type: 'list', usage: '', validator: 'ValidateLabel' },
  { name: 'volume', shorthand: 'v', type: 'list', usage: '' },
  { name: 'memory', shorthand: 'm', type: 'bytes', usage: '' },
  { name: 'memory-swap', type: 'bytes', usage: '', validator: 'MemSwapBytes' },
  { name: 'health-interval', type: 'duration', usage: '', defValue: '0s' },
  { name: 'cpus', type: 'decimal', usage: '' },
  { name: 'blkio-weight', type: 'uint16', usage: '', defValue: '0' },
  { name: 'sysctl', type: 'map', usage: '', defValue: 'map[]', validator: 'ValidateSysctl' },
  { name: 'attach', shorthand: 'a', type: 'list', usage: '', validator: 'validateAttach' },
  { name: 'hostname', shorthand: 'h', type: 'string', usage: '' },
  { name: 'help', type: 'bool', usage: 'Print usage' },
];

const STOP: FlagSpec[] = [
  { name: 'signal', shorthand: 's', type: 'string', usage: '' },
  { name: 'timeout', shorthand: 't', type: 'int', usage: '' },
  { name: 'time', type: 'int', usage: '', deprecated: 'use --timeout instead' },
];

const PS: FlagSpec[] = [
  { name: 'all', shorthand: 'a', type: 'bool', usage: '' },
  { name: 'last', shorthand: 'n', type: 'int', usage: '', defValue: '-1' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: '' },
  { name: 'size', shorthand: 's', type: 'bool', usage: '' },
  { name: 'filter', shorthand: 'f', type: 'filter', usage: '' },
  { name: 'format', type: 'string', usage: '' },
];

function run(specs: FlagSpec[], args: string[], interspersed = true): FlagSet {
  const fs = new FlagSet(specs, { interspersed, validatorContext: { getenv: (n) => (n === 'HOME' ? '/home/student' : undefined) } });
  fs.parse(args);
  return fs;
}

function err(specs: FlagSpec[], args: string[]): string {
  try {
    run(specs, args);
  } catch (e) {
    if (e instanceof FlagError) return e.message;
    throw e;
  }
  throw new Error('no error');
}

describe('FlagSet parsing', () => {
  it('combines short booleans and stops at the image when not interspersed', () => {
    const fs = run(RUN, ['-dit', '--rm', '--name=web', 'alpine', 'sh', '-c', 'echo -it'], false);
    expect(fs.get('detach')).toBe(true);
    expect(fs.get('interactive')).toBe(true);
    expect(fs.get('tty')).toBe(true);
    expect(fs.get('rm')).toBe(true);
    expect(fs.get('name')).toBe('web');
    expect(fs.args).toEqual(['alpine', 'sh', '-c', 'echo -it']);
  });

  it('interspersed flags keep parsing after positionals', () => {
    const fs = run(PS, ['x', '-a', 'y']);
    expect(fs.args).toEqual(['x', 'y']);
    expect(fs.get('all')).toBe(true);
  });

  it('accepts -tvalue, -t value, -t=value, --name value and --name=value', () => {
    expect(run(STOP, ['-t5', 'c']).get('timeout')).toBe(5);
    expect(run(STOP, ['-t', '7', 'c']).get('timeout')).toBe(7);
    expect(run(STOP, ['-t=8', 'c']).get('timeout')).toBe(8);
    expect(run(STOP, ['--timeout', '9']).get('timeout')).toBe(9);
    expect(run(STOP, ['--timeout=0x10']).get('timeout')).toBe(16); // ParseInt base 0
    expect(run(STOP, ['--signal', 'KILL', 'c']).get('signal')).toBe('KILL');
  });

  it('bool flags take =false and ParseBool spellings', () => {
    const fs = run(RUN, ['--rm=false', '-d=1', '-t=F']);
    expect(fs.get('rm')).toBe(false);
    expect(fs.changed('rm')).toBe(true);
    expect(fs.get('detach')).toBe(true);
    expect(fs.get('tty')).toBe(false);
  });

  it('-- ends the flags and - is positional', () => {
    const fs = run(PS, ['-a', '--', '-x', '-']);
    expect(fs.args).toEqual(['-x', '-']);
    expect(fs.argsLenAtDash).toBe(0);
    expect(run(PS, ['-']).args).toEqual(['-']);
  });

  it('repeatable lists, validators and the client environment', () => {
    const fs = run(RUN, ['-e', 'A=1', '-e', 'HOME', '-e', 'UNSET', '-v', '/a:/b', '-v', 'x:/y', '-a', 'STDOUT']);
    expect(fs.get('env')).toEqual(['A=1', 'HOME=/home/student', 'UNSET']);
    expect(fs.get('volume')).toEqual(['/a:/b', 'x:/y']);
    expect(fs.get('attach')).toEqual(['stdout']);
  });

  it('map flags split on the first =', () => {
    const fs = run(RUN, ['--sysctl', 'net.a=1=2', '--sysctl', 'net.b=']);
    expect([...(fs.get('sysctl') as Map<string, string>)]).toEqual([
      ['net.a', '1=2'],
      ['net.b', ''],
    ]);
  });

  it('typed values: bytes, duration, decimal, filters', () => {
    const fs = run(RUN, ['-m', '512m', '--memory-swap', '-1', '--health-interval', '1m30s', '--cpus', '1.5']);
    expect(fs.get('memory')).toBe(512 * 1024 * 1024);
    expect(fs.get('memory-swap')).toBe(-1);
    expect(fs.get('health-interval')).toBe(90_000_000_000n);
    expect(fs.get('cpus')).toBe(1_500_000_000);
    expect(run(PS, ['-f', 'Status = exited ', '--filter', 'name=web']).get('filter')).toEqual(['status=exited', 'name=web']);
    expect(run(PS, []).get('last')).toBe(-1);
  });

  it('records deprecation notices', () => {
    const fs = run(STOP, ['--time', '5', 'c']);
    expect(fs.get('time')).toBe(5);
    expect(fs.warnings).toEqual(['Flag --time has been deprecated, use --timeout instead\n']);
  });

  it('shares a flag object between sets (cobra persistent flags)', () => {
    const root = new FlagSet([{ name: 'help', shorthand: 'h', type: 'bool', usage: '', shorthandDeprecated: 'use --help' }]);
    const help = root.lookup('help');
    if (!help) throw new Error('missing');
    const ps = new FlagSet(PS);
    ps.addFlag(help);
    ps.parse(['-h']);
    expect(root.get('help')).toBe(true);
    expect(ps.warnings).toEqual(['Flag shorthand -h has been deprecated, use --help\n']);
    // A local -h wins over the parent's shorthand: `docker run -h` is --hostname.
    const runSet = new FlagSet(RUN);
    runSet.addFlag(help);
    runSet.parse(['-h', 'box']);
    expect(runSet.get('hostname')).toBe('box');
  });

  it('reports help requests when no help flag exists', () => {
    expect(() => run(PS, ['--help'])).toThrow(HelpRequested);
    expect(() => run(PS, ['-h'])).toThrow(HelpRequested);
  });
});

describe('FlagSet errors (texts recorded from docker CLI 28.2.2)', () => {
  it('unknown flags', () => {
    // docker run --foo ; docker run -x ; docker run -dt= img ; docker ps -s=
    expect(err(RUN, ['--foo'])).toBe('unknown flag: --foo');
    expect(err(RUN, ['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(err(RUN, ['-dt=', 'img'])).toBe("unknown shorthand flag: '=' in -=");
    expect(err(PS, ['-s='])).toBe("unknown shorthand flag: '=' in -=");
    expect(err(RUN, ['-dxt'])).toBe("unknown shorthand flag: 'x' in -xt");
  });

  it('missing arguments', () => {
    // docker run --name ; docker ps -n ; docker run -e
    expect(err(RUN, ['--name'])).toBe('flag needs an argument: --name');
    expect(err(PS, ['-n'])).toBe("flag needs an argument: 'n' in -n");
    expect(err(RUN, ['-e'])).toBe("flag needs an argument: 'e' in -e");
    expect(err(PS, ['-an'])).toBe("flag needs an argument: 'n' in -n");
  });

  it('bad flag syntax', () => {
    // docker ---foo ; docker run --=x
    expect(err(RUN, ['---foo'])).toBe('bad flag syntax: ---foo');
    expect(err(RUN, ['--=x'])).toBe('bad flag syntax: --=x');
  });

  it('invalid values', () => {
    // docker stop -t x c ; docker stop --time=abc c ; docker ps --last=x ; docker ps -n=5x
    expect(err(STOP, ['-t', 'x', 'c'])).toBe(
      'invalid argument "x" for "-t, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax',
    );
    expect(err(STOP, ['--time=abc', 'c'])).toBe(
      'invalid argument "abc" for "--time" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    );
    expect(err(PS, ['-n=5x'])).toBe(
      'invalid argument "5x" for "-n, --last" flag: strconv.ParseInt: parsing "5x": invalid syntax',
    );
    // docker run --rm=maybe img ; docker ps --size= ; docker ps -q=x
    expect(err(RUN, ['--rm=maybe', 'img'])).toBe(
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
    expect(err(PS, ['--size='])).toBe('invalid argument "" for "-s, --size" flag: strconv.ParseBool: parsing "": invalid syntax');
    expect(err(PS, ['-q=x'])).toBe('invalid argument "x" for "-q, --quiet" flag: strconv.ParseBool: parsing "x": invalid syntax');
    // docker run -m 10x img ; docker run --shm-size x img (same MemBytes type)
    expect(err(RUN, ['-m', '10x', 'img'])).toBe('invalid argument "10x" for "-m, --memory" flag: invalid suffix: \'x\'');
    expect(err(RUN, ['-m', 'x', 'img'])).toBe('invalid argument "x" for "-m, --memory" flag: invalid size: \'x\'');
    // docker run --health-interval 5x img ; --health-interval -5
    expect(err(RUN, ['--health-interval', '5x'])).toBe(
      'invalid argument "5x" for "--health-interval" flag: time: unknown unit "x" in duration "5x"',
    );
    expect(err(RUN, ['--health-interval', '-5'])).toBe(
      'invalid argument "-5" for "--health-interval" flag: time: missing unit in duration "-5"',
    );
    // docker run --cpus x img ; docker run --blkio-weight 70000 img
    expect(err(RUN, ['--cpus', 'x'])).toBe('invalid argument "x" for "--cpus" flag: failed to parse x as a rational number');
    expect(err(RUN, ['--blkio-weight', '70000'])).toBe(
      'invalid argument "70000" for "--blkio-weight" flag: strconv.ParseUint: parsing "70000": value out of range',
    );
  });

  it('more value errors (recorded: docker run -m 1.5.5 img, --cpus 1.0000000001, stop -t 9999...)', () => {
    expect(err(RUN, ['-m', '1.5.5'])).toBe(
      'invalid argument "1.5.5" for "-m, --memory" flag: strconv.ParseFloat: parsing "1.5.5": invalid syntax',
    );
    expect(err(RUN, ['--cpus', '1.0000000001'])).toBe('invalid argument "1.0000000001" for "--cpus" flag: value is too precise');
    expect(err(STOP, ['-t', '99999999999999999999'])).toBe(
      'invalid argument "99999999999999999999" for "-t, --timeout" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    );
    expect(err(RUN, ['--health-interval', '1.5µs5'])).toBe(
      'invalid argument "1.5µs5" for "--health-interval" flag: time: missing unit in duration "1.5\\xc2\\xb5s5"',
    );
    expect(err(RUN, ['--health-interval', '¼s'])).toBe(
      'invalid argument "¼s" for "--health-interval" flag: time: invalid duration "\\xc2\\xbcs"',
    );
  });

  it('validator texts (docker/cli opts)', () => {
    expect(err(RUN, ['-l', '=x'])).toBe('invalid argument "=x" for "-l, --label" flag: invalid label \'=x\': empty name');
    expect(err(RUN, ['-a', 'foo'])).toBe('invalid argument "foo" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR');
    expect(err(RUN, ['-e', '=x'])).toBe('invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x');
    expect(err(RUN, ['--sysctl', 'kernel.x=1'])).toBe(
      'invalid argument "kernel.x=1" for "--sysctl" flag: sysctl \'kernel.x=1\' is not allowed',
    );
    expect(err(PS, ['-f', 'x'])).toBe('invalid argument "x" for "-f, --filter" flag: bad format of filter (expected name=value)');
  });
});
