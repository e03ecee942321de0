/**
 * Ctrl-D inside a container: with -t it is the container's terminal's end of file for one read;
 * without -t it ends the client's input, and (StdinOnce) the container's stdin.
 *
 * Recorded with CLI 28.2.2 on the reference engine through a pty (python's pty, as script(1)):
 * - `docker run -it --name d1 alpine sh`; `cat > /f`, `hello`, `wor` + Ctrl-D (a partial line: cat
 *   gets "wor"), `ld`, Ctrl-D (cat ends); `cat /f; echo st=$?` → "hello\r\nworld\r\nst=0\r\n";
 *   Ctrl-D at the prompt → ash prints "\r\n" and exits; docker exits 0, d1 Exited (0).
 * - `docker run -i --name d2 alpine sh -c 'cat > /f; echo cat-done; cat /f; read x; echo read=$? x=$x'`;
 *   `hello`, Ctrl-D → "cat-done", "hello", "read=1 x=": the read after cat got end of file too;
 *   status 0, d2 Exited (0).
 *
 * A terminal's Ctrl-D is recorded as `null` in a log entry's input, and a partial line sent with it
 * as that text (graders/README.md), so the replay below gives the container what the pty did.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../graders/replay.ts';
import { layers } from '../../graders/exercises/layers.ts';
import type { LogEntry } from '../../graders/model.ts';

const PS = "docker ps -a --format '{{.Names}} {{.Status}}'";

async function run(log: LogEntry[], probe: string) {
  const r = await replay<unknown>(layers, layers.scenario.seed, log);
  await r.input({ line: probe });
  return r.context().commands;
}

describe('Ctrl-D in a container', () => {
  it('with -t it ends the read that gets it (cat), and the shell reads on; at the prompt it ends the shell', async () => {
    const [session, probe] = await run(
      [{ line: 'docker run -it --name d1 alpine:3.20 sh', input: ['cat > /f\n', 'hello\n', 'wor', 'ld\n', null, 'cat /f; echo st=$?\n', null] }],
      `${PS}; docker cp -q d1:/f f && cat f`,
    );
    // The terminal's echo of what is typed is the page's; the rest is what the pty showed.
    expect(session).toEqual({ text: 'docker run -it --name d1 alpine:3.20 sh', output: '/ # / # hello\r\nworld\r\nst=0\r\n/ # \r\n', status: 0 });
    expect(probe.output).toBe('d1 Exited (0) Less than a second ago\nhello\nworld\n');
  });

  it('with -t a Ctrl-D with nothing left to end goes to the next read: the shell waiting at its prompt', async () => {
    const [session] = await run([{ line: 'docker run -it --name d3 alpine:3.20 sh', input: ['echo one\n', null, 'echo never\n'] }], PS);
    expect(session.output).toBe('/ # one\r\n/ # \r\n');
    expect(session.status).toBe(0);
  });

  it('without -t it closes the container`s stdin: later reads get end of file too', async () => {
    const line = "docker run -i --name d2 alpine:3.20 sh -c 'cat > /f; echo cat-done; cat /f; read x; echo read=$? x=$x'";
    const [session, probe] = await run([{ line, input: ['hello\n', null] }], PS);
    expect(session).toEqual({ text: line, output: 'cat-done\nhello\nread=1 x=\n', status: 0 });
    expect(probe.output).toBe('d2 Exited (0) Less than a second ago\n');
  });

  it('docker exec -it shares the -t rule: Ctrl-D ends cat, the exec`d shell goes on', async () => {
    const [, session, probe] = await run(
      [
        { line: 'docker run -d --name host1 alpine:3.20 sleep infinity' },
        { line: 'docker exec -it host1 sh', input: ['cat > /g\n', 'typed\n', null, 'echo after >> /g\n', 'exit\n'] },
      ],
      'docker exec host1 cat /g',
    );
    expect(session.status).toBe(0);
    expect(probe.output).toBe('typed\nafter\n');
  });
});
