/**
 * GET /containers/{id}/logs (moby v28.5.2 daemon/logs.go with the json-file reader): the lines the
 * container wrote, each with its stream and time, as recorded by daemon/start.ts. `tail` keeps the
 * last N (a negative or unparsable value means all), then `since`/`until` (virtual-clock ms)
 * filter by time. Following is the client's loop over `logLines` (cli/docker/container/logs.ts):
 * it ends when the container stops, as the json-file follower does.
 */
import { conflict } from '../errdefs/errors.ts';
import type { Container, LogLine } from '../container/container.ts';
import type { Daemon } from './daemon.ts';

export interface LogsOptions {
  /** Number of lines from the end; < 0 for all. */
  tail: number;
  /** Virtual ms; 0 = no bound. */
  since: number;
  until: number;
}

/** The container, checked as ContainerLogs checks it. */
export function logsContainer(d: Daemon, name: string): Container {
  const c = d.containers.get(name);
  if (c.state.removalInProgress || c.state.dead) throw conflict('can not get logs from container which is dead or marked for removal');
  return c;
}

/** The recorded lines from index `from` on, with the options applied. */
export function logLines(c: Container, o: LogsOptions, from = 0): LogLine[] {
  let lines = c.log.slice(from);
  if (o.tail >= 0) lines = o.tail === 0 ? [] : lines.slice(-o.tail);
  return lines.filter((l) => (o.since === 0 || l.time >= o.since) && (o.until === 0 || l.time <= o.until));
}

/** jsonmessage.RFC3339NanoFixed: nine fraction digits, UTC. */
export function logTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}
