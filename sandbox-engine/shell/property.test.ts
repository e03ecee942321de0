/**
 * Property: whatever token soup a student types, `input` and `runScript` resolve (never reject,
 * never hang), and the session still runs `echo ok` afterwards.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testSession } from './test-host.ts';

const TOKENS = [
  'echo', 'if', 'then', 'else', 'elif', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', 'function',
  '{', '}', '(', ')', '((', '))', ';', ';;', '&', '&&', '||', '|', '|&', '!', '<', '>', '>>', '<<', '<<-', '<<<', '2>&1',
  '>&2', '&>', "'", '"', '`', '\\', '$', '$(', '${', '$((', '}', '$x', '$@', '$?', '${x:-y}', '${#x}', '${x%%*}',
  '$((1/0))', '*', '?', '[a-', 'x=1', 'f()', 'break', 'continue', 'return', 'exit', 'shift', 'local', 'set -e',
  'set -u', 'cd', '/', '~', 'read', 'eval', 'true', 'false', ':', 'cat', 'ls', 'EOF', '\n', ' ', '\t', '#', 'a b',
  '\u0000', '\u00ff', '\u{1F600}', 'yes', 'head', 'test', '[', ']', '-eq', '1', '0', '9999999999999999999999',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const line = fc.array(token, { maxLength: 24 }).map((ts) => ts.join(' '));

describe('shell robustness', () => {
  it('input never rejects and the session survives', async () => {
    const limits = { maxSteps: 3000, maxOutputBytes: 20000 };
    let t = await testSession({ limits });
    let exits = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), async (lines) => {
        if (t.session.exited) {
          exits++;
          t = await testSession({ host: t.host, limits });
        }
        for (const l of lines) {
          const r = await t.session.input(l);
          expect(['done', 'continue', 'exit']).toContain(r.kind);
        }
        t.session.interrupt();
        if (t.session.exited) return;
        // Close whatever is still open, then check the shell still works.
        await t.session.input('');
        t.session.interrupt();
        await t.run('set +eu; unset -f echo');
        const r = await t.run('echo ok');
        if (!t.session.exited) expect(r.out.endsWith('ok\n')).toBe(true);
      }),
      { numRuns: 200, seed: 20260105 },
    );
    expect(exits).toBeLessThan(200);
  }, 60_000);

  it('runScript never rejects', async () => {
    const t = await testSession({ limits: { maxSteps: 3000, maxOutputBytes: 20000 } });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.constantFrom<'file' | 'command'>('file', 'command'), async (lines, mode) => {
        const st = await t.session.runScript(lines.join('\n'), { mode });
        expect(Number.isInteger(st)).toBe(true);
        expect(st).toBeGreaterThanOrEqual(0);
        expect(st).toBeLessThan(256);
        expect((await t.run('echo ok')).out).toBe('ok\n');
      }),
      { numRuns: 150, seed: 7 },
    );
  }, 60_000);
});
