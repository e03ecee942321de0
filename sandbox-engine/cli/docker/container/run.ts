/**
 * `docker run` (docker/cli container/run.go): create (pulling if needed), start, and unless -d,
 * stay attached: the container's output streams to the terminal and its exit status becomes
 * docker's. With --rm the daemon removes the container when it exits.
 *
 * `-it` (CheckTty first: the caller's stdin must be a terminal) makes this terminal the
 * container's: `docker run -it alpine sh` is an interactive shell in the same session; Ctrl-C
 * reaches the container's foreground command, `exit` ends the container and returns here, the
 * detach keys (Ctrl-P Ctrl-Q) leave it running and return silently with 0. While the container
 * waits for what is typed, virtual time stands still.
 *
 * Without -it the terminal stays this client's: Ctrl-C is forwarded to the container as SIGINT
 * and the client waits on; the third ends it with status 1 (sig-proxy.ts). The steps it charges
 * while it waits (daemon/wait.ts) place each Ctrl-C for a replay.
 */
import type { Invocation } from '../../command.ts';
import { startContainer } from '../../../daemon/start.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { SIGINT } from '../../../runtime/container-process.ts';
import type { InputStream, OutputStream } from '../../../shell/process.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { reportRunError, type DockerIO } from '../io.ts';
import { createFromInvocation } from './create.ts';
import { DEFAULT_DETACH_KEYS, detachKeyBytes, escapeProxy } from './detach-keys.ts';
import { ctrlC, NOT_A_TTY } from './terminal.ts';
import { FORCED_EXIT_MESSAGE, ForcedExit, SignalProxy, restartingInput } from './sig-proxy.ts';

class Detached extends Error {}

export async function run(inv: Invocation, io: DockerIO): Promise<number> {
  const detach = inv.flags.bool('detach');
  if (!detach && inv.flags.bool('interactive') && inv.flags.bool('tty') && !io.ctx.stdin.isTTY) {
    await io.stderr(`${NOT_A_TTY}\n`);
    return 1;
  }
  const created = await createFromInvocation(inv, io, 'run');
  if (!created.ok) return created.status;
  const d = io.daemon;
  const c = d.containers.get(created.id);
  const id = c.id;
  const tty = c.config.Tty;
  let detached = false;
  let stdin: InputStream | undefined;
  let stdout: OutputStream | undefined;
  let stderr: OutputStream | undefined;
  if (!detach) {
    stdin = c.config.OpenStdin ? io.ctx.stdin : undefined;
    if (stdin && tty) {
      let keys = detachKeyBytes(DEFAULT_DETACH_KEYS);
      try {
        keys = detachKeyBytes(inv.flags.string('detach-keys') || DEFAULT_DETACH_KEYS);
      } catch {
        // moby refuses bad keys at attach; keep the default here.
      }
      const proxy = escapeProxy(stdin, keys, () => {
        detached = true;
        const r = d.running.get(id);
        r?.stdin.disconnect(proxy);
        if (stdout) r?.stdout.detach(stdout);
        if (stderr) r?.stderr.detach(stderr);
      });
      stdin = proxy;
    } else if (stdin) {
      stdin = restartingInput(stdin);
    }
    stdout = { isTTY: io.ctx.stdout.isTTY, write: (t: string | Uint8Array) => io.ctx.stdout.write(t) };
    stderr = tty ? stdout : { isTTY: io.ctx.stderr.isTTY, write: (t: string | Uint8Array) => io.ctx.stderr.write(t) };
  }
  try {
    startContainer(d, c, { stdin, stdout, stderr });
  } catch (e) {
    return reportRunError(io, e, 'run');
  }
  if (detach) {
    await io.stdout(`${c.id}\n`);
    return 0;
  }
  // Ctrl-C: the CLI forwards SIGINT (sig-proxy); PID 1 without a handler ignores it.
  const signals = new SignalProxy(inv.flags.bool('sig-proxy') ? () => d.running.get(id)?.proc.signal(SIGINT) : undefined);
  try {
    await waitStopped(d, c, {
      check: (charge) => {
        if (detached) throw new Detached();
        try {
          io.ctx.tick(charge);
        } catch (e) {
          if (!(e instanceof Interrupted)) throw e;
          const r = d.running.get(id);
          if (tty && stdin) {
            // The terminal is the container's: Ctrl-C stops its foreground command, not this client.
            if (r) ctrlC([c.path, ...c.args], r.stdin.waiting, () => r.proc.interrupt());
            return;
          }
          signals.interrupted();
        }
      },
      blocked: () => d.running.get(id)?.stdin.waiting ?? false,
    });
  } catch (e) {
    if (e instanceof Detached) return 0;
    if (!(e instanceof ForcedExit)) throw e;
    // The client is gone; the container runs on without it.
    const r = d.running.get(id);
    if (r) {
      if (stdin) r.stdin.disconnect(stdin);
      if (stdout) r.stdout.detach(stdout);
      if (stderr) r.stderr.detach(stderr);
    }
    await io.stderr(FORCED_EXIT_MESSAGE);
    return 1;
  }
  return c.state.exitCode;
}
