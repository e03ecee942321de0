/**
 * `docker stop [-t N] [-s SIG] CONTAINER...` (docker/cli v28.5.2 cli/command/container/stop.go).
 * A container that is already stopped counts as stopped (the API's 304), so its name is printed.
 * `-t` is sent only when given (the container's StopTimeout or 10 s otherwise); `--time` is the
 * deprecated spelling of the same.
 */
import type { Invocation } from '../../command.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { beginStop, type StopOptions } from '../../../daemon/stop.ts';
import type { DockerIO } from '../io.ts';
import { forEachContainer, trimID } from './each.ts';

/** -t / --time as the client sends them: only when set. */
export function stopOptions(inv: Invocation): StopOptions {
  const f = inv.flags;
  const o: StopOptions = { signal: f.string('signal') || undefined };
  if (f.changed('timeout')) o.timeout = f.number('timeout');
  else if (f.changed('time')) o.timeout = f.number('time');
  return o;
}

export async function stop(inv: Invocation, io: DockerIO): Promise<number> {
  const opts = stopOptions(inv);
  const d = io.daemon;
  // All requests go out at once (parallelOperation): every container gets its signal first.
  const started = inv.args.map((name) => {
    try {
      return { pending: beginStop(d, trimID(name), opts) };
    } catch (e) {
      return { error: e };
    }
  });
  let i = 0;
  return forEachContainer(io, inv.args, async () => {
    const s = started[i++];
    try {
      if ('error' in s) throw s.error;
      await s.pending.finish();
    } catch (e) {
      if (!isDaemonError(e, 'NotModified')) throw e;
    }
  });
}
