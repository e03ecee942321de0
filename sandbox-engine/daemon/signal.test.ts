import { describe, expect, it } from 'vitest';
import { parseSignal, validSignal } from './signal.ts';

describe('parseSignal (moby/sys/signal)', () => {
  it('takes numbers and names with or without SIG, any case', () => {
    expect(parseSignal('9')).toBe(9);
    expect(parseSignal('TERM')).toBe(15);
    expect(parseSignal('sigterm')).toBe(15);
    expect(parseSignal('SIGUSR1')).toBe(10);
    expect(parseSignal('RTMIN+3')).toBe(37);
    expect(parseSignal('RTMAX-1')).toBe(63);
  });
  it('refuses unknown names and 0 with moby`s text', () => {
    expect(() => parseSignal('NOSUCH')).toThrow('invalid signal: NOSUCH');
    expect(() => parseSignal('0')).toThrow('invalid signal: 0');
  });
  it('32, 33 and 65 are not Linux signals the daemon supports', () => {
    expect(validSignal(31)).toBe(true);
    expect(validSignal(32)).toBe(false);
    expect(validSignal(33)).toBe(false);
    expect(validSignal(64)).toBe(true);
    expect(validSignal(65)).toBe(false);
  });
});
