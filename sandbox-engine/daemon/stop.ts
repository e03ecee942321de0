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

/** A stop under way: the signal has gone out; `finish` waits up to the deadline, then kills. */
export interface PendingStop {
  finish(): Promise<void>;
}

/**
 * containerStop's first half: send the stop signal now and fix the deadline in virtual time.
 * Stopping several containers signals them all first and then waits for each up to the same
 * deadline, as the CLI's parallel requests do (`docker stop a b` takes 10 s, not 20).
 */
export function beginContainerStop(d: Daemon, c: Container, opts: StopOptions = {}): PendingStop {
  if (!c.state.running) return { finish: async () => undefined };
  let sig = stopSignalOf(c);
  const timeout = opts.timeout ?? c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
  if (opts.signal) sig = parseSignal(opts.signal);
  let waitMs = timeout >= 0 ? timeout * 1000 : undefined;
  try {
    killWithSignal(d, c, sig);
  } catch {
    waitMs = 2000;
  }
  const deadline = waitMs === undefined ? undefined : d.now() + waitMs;
  return {
    finish: async () => {
      const left = deadline === undefined ? undefined : Math.max(0, deadline - d.now());
      if (await waitStopped(d, c, { deadlineMs: left })) return;
      await kill(d, c);
    },
  };
}

/** containerStop: signal, wait, kill. */
export async function containerStop(d: Daemon, c: Container, opts: StopOptions = {}): Promise<void> {
  await beginContainerStop(d, c, opts).finish();
}

/** ContainerStop (`docker stop`), in two halves (see beginContainerStop); errors as moby words them. */
export function beginStop(d: Daemon, name: string, opts: StopOptions = {}): PendingStop {
  const c = d.containers.get(name);
  if (!c.state.running) throw notModified('container is already stopped');
  const wrap = (e: unknown) => system(`cannot stop container: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  let pending: PendingStop;
  try {
    pending = beginContainerStop(d, c, opts);
  } catch (e) {
    throw wrap(e);
  }
  return {
    finish: async () => {
      try {
        await pending.finish();
      } catch (e) {
        throw wrap(e);
      }
    },
  };
}

/** ContainerStop for one container. */
export async function stopContainer(d: Daemon, name: string, opts: StopOptions = {}): Promise<void> {
  await beginStop(d, name, opts).finish();
}
