/**
 * A shell typed at a prompt ends at Ctrl-D the way the real one does. Recorded in a pty on Debian 12:
 * `busybox sh` (1.35), then `false`, then Ctrl-D at the prompt: ash writes "\n" to stderr and
 * exits with the last command's status (`echo $?` after it: 1); bash says `exit`. ash's line editor
 * writes the prompt to stdout (`busybox sh >/dev/null` shows none), bash and dash to stderr.
 */
import { describe, expect, it } from 'vitest';
import { testSession } from './test-host.ts';
import { utf8 } from '../util/text.ts';
import type { InputStream } from './process.ts';

function typed(lines: string[]): InputStream {
  const chunks = lines.map((l) => l + '\n');
  return {
    isTTY: true,
    read: async () => {
      const c = chunks.shift();
      return c === undefined ? null : utf8(c);
    },
    readAll: async () => utf8(chunks.splice(0).join('')),
  };
}

describe('nested interactive shell at end of input', () => {
  it('busybox ash ends the prompt line on stderr and keeps the last status', async () => {
    const t = await testSession({ flavour: 'busybox', stdin: typed(['false']) });
    const r = await t.run('sh; echo status $?');
    expect(r.err).toBe('\n');
    expect(r.out).toBe(`${t.session.prompt().repeat(2)}status 1\n`);
    // The prompt printed for the Ctrl-D line is followed by the newline, not by the next output.
    expect(r.all.endsWith(`${t.session.prompt()}\nstatus 1\n`)).toBe(true);
  });

  it('busybox ash prompts on stdout (its line editor), bash on stderr', async () => {
    const a = await testSession({ flavour: 'busybox', stdin: typed(['true']) });
    const ra = await a.run('sh');
    expect(ra.out).toBe(a.session.prompt().repeat(2));
    expect(ra.err).toBe('\n');
    const b = await testSession({ stdin: typed(['true']) });
    const rb = await b.run('bash');
    expect(rb.out).toBe('');
    expect(rb.err).toBe('student@docker-host:~$ student@docker-host:~$ exit\n');
  });

  it('bash says exit', async () => {
    const t = await testSession({ stdin: typed(['true']) });
    const r = await t.run('bash; echo status $?');
    expect(r.all).toBe('student@docker-host:~$ student@docker-host:~$ exit\nstatus 0\n');
  });
});
