import { describe, expect, it } from 'vitest';
import { ExposeError, exposedPorts } from './expose.ts';

// Expected values recorded from CLI 28.2.2 (`docker create --expose ...`, then `docker inspect -f
// '{{json .Config.ExposedPorts}}'`); the error texts are what it printed after `docker: `.
describe('--expose', () => {
  it('adds every port of a range, tcp by default', () => {
    expect(exposedPorts(['7000-7001/udp', '80'])).toEqual({ '7000/udp': {}, '7001/udp': {}, '80/tcp': {} });
    expect(exposedPorts([])).toBeUndefined();
  });

  it('refuses what the CLI refuses, in its words', () => {
    const err = (v: string) => {
      try {
        exposedPorts([v]);
        return '';
      } catch (e) {
        expect(e).toBeInstanceOf(ExposeError);
        return (e as Error).message;
      }
    };
    expect(err('1:2')).toBe('invalid port format for --expose: 1:2');
    expect(err('abc')).toBe('invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax');
    expect(err('90-80')).toBe('invalid range format for --expose: 90-80, error: invalid range specified for port: 90-80');
  });
});
