import { describe, expect, it } from 'vitest';
import { isInteractiveShell } from './terminal.ts';

describe('isInteractiveShell', () => {
  it('a shell without a script or -c reads the terminal', () => {
    expect(isInteractiveShell(['sh'])).toBe(true);
    expect(isInteractiveShell(['/bin/bash', '-l'])).toBe(true);
    expect(isInteractiveShell(['sh', '-i'])).toBe(true);
  });
  it('-c, a script, or another program do not', () => {
    expect(isInteractiveShell(['sh', '-c', 'sleep 1'])).toBe(false);
    expect(isInteractiveShell(['sh', '-ec', 'x'])).toBe(false);
    expect(isInteractiveShell(['sh', 'script.sh'])).toBe(false);
    expect(isInteractiveShell(['sleep', '100'])).toBe(false);
  });
});
