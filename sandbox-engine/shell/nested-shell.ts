/**
 * A shell typed at a terminal prompt (`bash`, `sh`, `dash`): a nested interactive session reading
 * lines from the terminal, sharing the parent session's budget and Ctrl-C. It ends at `exit` or at
 * end of input (Ctrl-D), where bash says `exit` and dash and busybox ash just end the line (ash:
 * cmdloop's newline_and_flush(stderr); `busybox sh` 1.35 in a pty, Ctrl-D at the prompt: "\n" on
 * stderr, status of the last command).
 */
import type { ShellProcessContext } from './programs.ts';
import type { Dialect } from './dialect.ts';
import { createSession } from './session.ts';
import { readLine } from './line-input.ts';
import { Interrupted } from './limits.ts';
import { fromUtf8 } from '../util/text.ts';

export async function runNestedInteractive(ctx: ShellProcessContext, name: string, dialect: Dialect): Promise<number> {
  const shell = ctx.shell;
  const user = shell.host.user(shell.cred.uid);
  if (!user) return 1;
  const session = createSession({
    host: shell.host,
    user: user.name,
    cwd: ctx.fs.cwd,
    flavour: ctx.flavour,
    dialect,
    env: ctx.env,
    argv0: name,
    runtime: shell.rt,
    pid: ctx.pid,
    stdin: ctx.stdin,
    tty: true,
    columns: ctx.columns,
    onOutput: (t, stream) => void (stream === 'stdout' ? ctx.stdout : ctx.stderr).write(t),
  });
  for (;;) {
    // bash and dash write the prompt to stderr; busybox ash's line editor to stdout (`busybox sh
    // >/dev/null` in a pty shows no prompt; `2>/dev/null` still does).
    await (dialect === 'ash' ? ctx.stdout : ctx.stderr).write(session.prompt());
    let line: { line: Uint8Array; eof: boolean };
    try {
      line = await readLine(ctx.stdin, 10, -1, true);
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      // Ctrl-C at the prompt: a fresh prompt, as bash does.
      shell.rt.reset();
      session.interrupt();
      await ctx.stderr.write('\n');
      continue;
    }
    if (line.eof && line.line.length === 0) {
      if (dialect === 'bash') await ctx.stderr.write('exit\n');
      else await ctx.stderr.write('\n');
      return session.lastStatus;
    }
    const r = await session.input(fromUtf8(line.line));
    if (r.kind === 'exit') return r.status;
  }
}
