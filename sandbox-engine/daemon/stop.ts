/**
 * POST /containers/{id}/stop (moby v28.5.2 daemon/stop.go): send the stop signal (the container's
 * StopSignal, else SIGTERM; `-s` overrides), wait up to the timeout (the container's StopTimeout,
 * else 10 s; `-t` overrides; negative waits for ever), then SIGKILL. The wait is virtual time
 * driven by the client, so other containers run on meanwhile. PID 1 without a handler ignores
 * SIGTERM, so `docker stop` of `sleep 1000` takes the full timeout and ends in 137.
 *
 * Stopping a stopped container is "not modified" (HTTP 304), which the client treats as success:
 * the CLI prints the name either way.
 */
import { notModified, system } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { SIGTERM } from '../runtime/container-process.ts';
import type { Daemon } from './daemon.ts';
import { kill, killWithSignal } from './kill.ts';
import { parseSignal } from './signal.ts';
import { waitStopped } from './wait.ts';

export const DEFAULT_STOP_TIMEOUT = 10;

export interface StopOptions {
  /** Signal name or number (`docker stop -s`). */
  signal?: string;
  /** Seconds (`docker stop -t`); undefined = the container's own or the default. */
  timeout?: number;
}

/** container.StopSignal: the configured one when it parses, else SIGTERM. */
function stopSignalOf(c: Container): number {
  if (!c.config.StopSignal) return SIGTERM;
  try {
    return parseSignal(c.config.StopSignal);
  } catch {
    return SIGTERM;
  }
}

/** containerStop: signal, wait, kill. */
export async function containerStop(d: Daemon, c: Container, opts: StopOptions = {}): Promise<void> {
  if (!c.state.running) return;
  let sig = stopSignalOf(c);
  const timeout = opts.timeout ?? c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
  if (opts.signal) sig = parseSignal(opts.signal);
  let waitMs = timeout >= 0 ? timeout * 1000 : undefined;
  try {
    killWithSignal(d, c, sig);
  } catch {
    waitMs = 2000;
  }
  if (await waitStopped(d, c, { deadlineMs: waitMs })) return;
  await kill(d, c);
}

/** ContainerStop (the CLI's `docker stop`). */
export async function stopContainer(d: Daemon, name: string, opts: StopOptions = {}): Promise<void> {
  const c = d.containers.get(name);
  if (!c.state.running) throw notModified('container is already stopped');
  try {
    await containerStop(d, c, opts);
  } catch (e) {
    throw system(`cannot stop container: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
