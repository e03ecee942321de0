/**
 * What a docker command handler gets: the CLI's output functions, the daemon it is connected to,
 * and the calling process (its stdin, environment, cwd and file system for paths such as
 * --env-file or `docker cp` sources). Daemon errors become CLI text in one place (`reportError`).
 */
import type { CommandIO, Invocation } from '../command.ts';
import { withHelp } from '../command.ts';
import type { Daemon } from '../../daemon/daemon.ts';
import type { ProcessContext } from '../../shell/process.ts';
import { isDaemonError } from '../../errdefs/errors.ts';

export interface DockerIO extends CommandIO {
  readonly daemon: Daemon;
  readonly ctx: ProcessContext;
}

export type DockerHandler = (inv: Invocation, io: DockerIO) => Promise<number>;

/** The text the CLI prints for a daemon error (client.go wraps it "Error response from daemon"). */
export function daemonMessage(e: unknown): string {
  if (isDaemonError(e)) return `Error response from daemon: ${e.message}`;
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * run/create's exit status from the error text (cli container/run.go toStatusError): 127 when the
 * program is missing, 126 when it cannot be executed, else 125.
 */
export function runStatus(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory') || message.includes('system cannot find the file specified')) return 127;
  if (message.includes('permission denied') || message.includes('exec format error') || message.includes('is a directory')) return 126;
  return 125;
}

/** Print an error from run/create as the 28 CLI does (`docker: ...` + help hint). */
export async function reportRunError(io: DockerIO, e: unknown, command: 'run' | 'create'): Promise<number> {
  const msg = daemonMessage(e);
  await io.stderr(withHelp(msg, command) + '\n');
  return runStatus(msg);
}

/** Print a plain command's daemon error; status 1. */
export async function reportError(io: DockerIO, e: unknown): Promise<number> {
  await io.stderr(daemonMessage(e) + '\n');
  return 1;
}
