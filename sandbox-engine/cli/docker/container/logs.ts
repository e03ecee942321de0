/**
 * `docker logs [-f] [-t] [-n N] [--since T] [--until T] [--details] CONTAINER` (docker/cli v28.5.2
 * cli/command/container/logs.go): what the container wrote, stdout lines to stdout and stderr lines
 * to stderr (one stream with -t containers, whose lines end in \r\n). -f keeps printing new lines
 * until the container stops, driving virtual time as a waiting client does; it returns at once for
 * a stopped container. --since/--until take what GetTimestamp takes (api/timestamp.ts).
 */
import type { Invocation } from '../../command.ts';
import type { Container, LogLine } from '../../../container/container.ts';
import { driveUntil } from '../../../daemon/drive.ts';
import { logLines, logsContainer, logTimestamp, type LogsOptions } from '../../../daemon/logs.ts';
import { getTimestamp } from '../../../api/timestamp.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { reportError, type DockerIO } from '../io.ts';
import { trimID } from './each.ts';

async function print(io: DockerIO, c: Container, lines: LogLine[], inv: Invocation): Promise<void> {
  const timestamps = inv.flags.bool('timestamps');
  const details = inv.flags.bool('details');
  for (const l of lines) {
    let text = details ? ` ${l.text}` : l.text;
    if (timestamps) text = `${logTimestamp(l.time)} ${text}`;
    if (l.stream === 'stderr' && !c.config.Tty) await io.stderr(text);
    else await io.stdout(text);
  }
}

export async function logs(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  const f = inv.flags;
  let c: Container;
  let name: string;
  try {
    name = trimID(inv.args[0]);
    d.containers.get(name);
  } catch (e) {
    return reportError(io, e);
  }
  const o: LogsOptions = { tail: -1, since: 0, until: 0 };
  for (const key of ['since', 'until'] as const) {
    const v = f.string(key);
    if (v === '') continue;
    try {
      o[key] = getTimestamp(v, d.now());
    } catch (e) {
      if (!isDaemonError(e)) throw e;
      await io.stderr(`invalid value for "${key}": ${e.message}\n`);
      return 1;
    }
  }
  if (f.string('until') === '0') o.until = 0;
  const tail = f.string('tail');
  o.tail = /^[+-]?\d+$/.test(tail) ? Number(tail) : -1;
  try {
    c = logsContainer(d, name);
  } catch (e) {
    return reportError(io, e);
  }
  await print(io, c, logLines(c, o), inv);
  if (!f.bool('follow') || !c.state.running) return 0;
  let seen = c.log.length;
  const more = { ...o, tail: -1 };
  const flush = async () => {
    const next = logLines(c, more, seen);
    seen = c.log.length;
    await print(io, c, next, inv);
  };
  const id = c.id;
  await driveUntil(d, () => !c.state.running, {
    check: (charge) => io.ctx.tick(charge),
    blocked: () => d.running.get(id)?.stdin.waiting ?? false,
    onTurn: flush,
  });
  await flush();
  return 0;
}
