/**
 * Ctrl-C at a docker client that waits for a container without handing it the terminal: attached
 * `docker run` without -it, `docker attach` to a container without -t. The client's terminal is
 * not in raw mode, so Ctrl-C is SIGINT to the client, which catches every signal:
 *
 * - with sig-proxy (the default) it forwards each one to the container (ForwardAllSignals,
 *   docker/cli v28.5.2 cli/command/container/signals.go) and keeps waiting: its attach and wait
 *   run on contexts without cancellation (run.go `context.WithoutCancel`);
 * - the third SIGINT/SIGTERM ends it: cmd/docker/docker.go forceExitAfter3TerminationSignals
 *   prints "\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n" on stderr and exits 1.
 *
 * Recorded with CLI 28.2.2 through a pty: `docker run --name sl alpine sleep infinity`, Ctrl-C
 * three times → `^C^C^C` (the terminal's echo), then that message, status 1, `sl` still Up;
 * `--sig-proxy=false` and `docker attach` the same; a container whose PID 1 traps INT
 * (`trap "echo int" INT`) printed `int` after the first two but not the third (the client is gone
 * before the third is forwarded); with `--init` or an `sh -c` loop as PID 1 the first Ctrl-C ended
 * the container (130) and the client with it.
 *
 * While the client reads its terminal for the container (`run -i` without -t), a Ctrl-C only
 * interrupts that read: Go restarts it, and the container's stdin stays connected.
 */
import type { InputStream } from '../../../shell/process.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { concatBytes } from '../../../util/text.ts';

export const FORCED_EXIT_MESSAGE = '\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n';

/** Thrown out of a wait when the third Ctrl-C ends the client. */
export class ForcedExit extends Error {}

/** Counts the Ctrl-Cs a waiting client got; see above. */
export class SignalProxy {
  private count = 0;
  private readonly forward: (() => void) | undefined;

  /** `forward` delivers SIGINT to the container (absent with --sig-proxy=false). */
  constructor(forward: (() => void) | undefined) {
    this.forward = forward;
  }

  /** One Ctrl-C landed: forwarded, or on the third, ForcedExit is thrown. */
  interrupted(): void {
    this.count++;
    if (this.count >= 3) throw new ForcedExit();
    this.forward?.();
  }
}

/** The client's terminal as the container reads it: a read a Ctrl-C interrupted is made again. */
export function restartingInput(inner: InputStream): InputStream {
  const read = async (): Promise<Uint8Array | null> => {
    for (;;) {
      try {
        return await inner.read();
      } catch (e) {
        if (!(e instanceof Interrupted)) throw e;
      }
    }
  };
  return {
    get isTTY() {
      return inner.isTTY;
    },
    read,
    readAll: async () => {
      const parts: Uint8Array[] = [];
      for (let c = await read(); c !== null; c = await read()) parts.push(c);
      return concatBytes(parts);
    },
  };
}
