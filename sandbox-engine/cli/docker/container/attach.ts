/**
 * `docker attach [--no-stdin] [--sig-proxy=false] [--detach-keys K] CONTAINER` (docker/cli v28.5.2
 * cli/command/container/attach.go): connect this terminal to a running container until it stops,
 * then exit with its status. Its stdin is connected only when the container was created with -i
 * (and not --no-stdin); a -t container needs a terminal on this side too. Ctrl-C: on a -t
 * container's terminal it reaches the container's foreground command; otherwise it is passed on
 * as SIGINT (--sig-proxy, only to a container without -t: attach.go `opts.Proxy &&
 * !c.Config.Tty`) and the client waits on; the third ends it with status 1 (sig-proxy.ts,
 * recorded). The detach keys leave the container running ("read escape sequence", 1).
 */
import type { Invocation } from '../../command.ts';
import { attachContainer } from '../../../daemon/attach.ts';
import { waitStopped } from '../../../daemon/wait.ts';
import { SIGINT } from '../../../runtime/container-process.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { reportError, type DockerIO } from '../io.ts';
import { DEFAULT_DETACH_KEYS, detachKeyBytes, ESCAPE_MESSAGE, escapeProxy } from './detach-keys.ts';
import { ctrlC, NOT_A_TTY } from './terminal.ts';
import { trimID } from './each.ts';
import { FORCED_EXIT_MESSAGE, ForcedExit, SignalProxy, restartingInput } from './sig-proxy.ts';

/** inspectContainerAndCheckState's client-side refusals, or null. */
export function attachStateError(state: { running: boolean; paused: boolean; restarting: boolean }): string | null {
  if (!state.running) return 'You cannot attach to a stopped container, start it first';
  if (state.paused) return 'You cannot attach to a paused container, unpause it first';
  if (state.restarting) return 'You cannot attach to a restarting container, wait until it is running';
  return null;
}

export async function attach(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  let name: string;
  let c;
  try {
    name = trimID(inv.args[0]);
    c = d.containers.get(name);
  } catch (e) {
    return reportError(io, e);
  }
  const refused = attachStateError(c.state);
  if (refused) {
    await io.stderr(`${refused}\n`);
    return 1;
  }
  const useStdin = !inv.flags.bool('no-stdin');
  const tty = c.config.Tty;
  if (useStdin && tty && !io.ctx.stdin.isTTY) {
    await io.stderr(`${NOT_A_TTY}\n`);
    return 1;
  }
  let keys: Uint8Array;
  try {
    keys = detachKeyBytes(inv.flags.string('detach-keys') || DEFAULT_DETACH_KEYS);
  } catch {
    await io.stderr(`Error response from daemon: Invalid detach keys (${inv.flags.string('detach-keys')}) provided\n`);
    return 1;
  }
  const id = c.id;
  let detached = false;
  let stdin = useStdin ? io.ctx.stdin : undefined;
  if (stdin && tty) {
    const proxy = escapeProxy(stdin, keys, () => {
      detached = true;
      d.running.get(id)?.stdin.disconnect(proxy);
    });
    stdin = proxy;
  } else if (stdin) {
    stdin = restartingInput(stdin);
  }
  let attachment;
  try {
    attachment = attachContainer(d, name, { stdin, stdout: io.ctx.stdout, stderr: tty ? io.ctx.stdout : io.ctx.stderr }).attachment;
  } catch (e) {
    return reportError(io, e);
  }
  const signals = new SignalProxy(inv.flags.bool('sig-proxy') && !tty ? () => d.running.get(id)?.proc.signal(SIGINT) : undefined);
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
            if (r) ctrlC([c.path, ...c.args], r.stdin.waiting, () => r.proc.interrupt());
            return;
          }
          signals.interrupted();
        }
      },
      blocked: () => d.running.get(id)?.stdin.waiting ?? false,
    });
  } catch (e) {
    if (e instanceof ForcedExit) {
      await io.stderr(FORCED_EXIT_MESSAGE);
      return 1;
    }
    if (!(e instanceof Detached)) throw e;
    await io.stderr(`${ESCAPE_MESSAGE}\n`);
    return 1;
  } finally {
    attachment.detach();
  }
  return c.state.exitCode;
}

class Detached extends Error {}
