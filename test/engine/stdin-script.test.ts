/**
 * A shell reading its commands from a non-terminal stdin (`docker run -i alpine sh`, `... | sh`)
 * reads what one read brings, runs the complete commands in it, and leaves the rest of stdin to
 * them (shell/interpreter.ts runShellFromInput, shell/line-reader.ts).
 *
 * Recorded with CLI 28.2.2 on the reference engine (alpine 3.20, busybox ash), input written to
 * `docker run -i --rm alpine sh` through a pipe one chunk every 0.7 s (python):
 *   `read x\n`, `typed\n`, `echo "x=$x"\n`             -> x=typed
 *   `echo a; read y\n`, `echo b\n`, `echo "y=$y"\n`     -> a, y=echo b
 *   `head -n1 > /tmp/hf\n`, `line1\nline2\n`, `echo "hf=$(cat /tmp/hf)"\n` -> hf=line1
 * and all at once, `printf 'cat > /f\nhello\n' | docker run -i --rm alpine sh -c 'sh; echo st=$?; cat /f'`
 * -> "sh: hello: not found", st=127, /f empty (ash read both lines in one buffer).
 * GNU bash reads a pipe byte by byte: `printf 'read x\ntyped\necho x=$x\n' | bash` -> x=typed,
 * where busybox sh and dash say `typed: not found` and x= (bash 5.2, dash 0.5.12, busybox 1.35).
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../graders/replay.ts';
import { layers } from '../../graders/exercises/layers.ts';
import type { LogEntry } from '../../graders/model.ts';
import { engine } from './lifecycle-fixture.ts';

async function run(log: LogEntry[], probe: string) {
  const r = await replay<unknown>(layers, layers.scenario.seed, log);
  await r.input({ line: probe });
  return r.context().commands;
}

describe('sh reading commands from a non-tty stdin', () => {
  it('typed line by line: each command reads the lines typed after it', async () => {
    const input = ['read x\n', 'typed\n', 'echo "x=$x"\n', 'echo a; read y\n', 'echo b\n', 'echo "y=$y"\n', 'head -n1 > /tmp/hf\n', 'line1\nline2\n', 'echo "hf=$(cat /tmp/hf)"\n', null];
    const [session] = await run([{ line: 'docker run -i --rm alpine:3.20 sh', input }], 'true');
    expect(session.output).toBe('x=typed\na\ny=echo b\nhf=line1\n');
    expect(session.status).toBe(0);
  });

  it('`cat > /f`, `hello`, Ctrl-D: cat gets hello, the shell then ends', async () => {
    const [session, probe] = await run(
      [{ line: 'docker run -i --name c1 alpine:3.20 sh', input: ['cat > /f\n', 'hello\n', null] }],
      'docker cp -q c1:/f f && cat f',
    );
    expect(session.output).toBe('');
    expect(session.status).toBe(0);
    expect(probe.output).toBe('hello\n');
  });

  it('all at once through a pipe: ash has read it all, so `hello` is run as a command', async () => {
    const e = await engine();
    const r = await e.run(`printf 'cat > /f\\nhello\\n' | docker run -i --rm alpine sh -c 'sh; echo st=$?; cat /f'`);
    expect(r.stdout).toBe('st=127\n');
    expect(r.stderr).toBe('sh: hello: not found\n');
  });

  it('bash takes one line at a time from a pipe, ash and dash a whole buffer', async () => {
    const e = await engine();
    // The host is Debian-like: bash is GNU bash, sh is dash.
    expect((await e.run(`printf 'read x\\ntyped\\necho x=$x\\n' | bash`)).stdout).toBe('x=typed\n');
    const dash = await e.run(`printf 'read x\\ntyped\\necho x=$x\\n' | sh`);
    expect(dash.stdout).toBe('x=\n');
    expect(dash.stderr).toBe('sh: 2: typed: not found\n');
  });
});
