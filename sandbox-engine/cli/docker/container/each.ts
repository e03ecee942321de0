/**
 * The shape of docker/cli's multi-container commands (stop, kill, restart, pause, unpause, rm,
 * wait): run the operation for each argument in order, print each one that succeeded as typed,
 * and when some failed, print their errors joined by newlines after the rest (errors.Join,
 * printed by main) and exit 1.
 */
import { daemonMessage, type DockerIO } from '../io.ts';

/**
 * The Go client's trimID for container endpoints (docker/cli v28.5.2 vendored client utils.go):
 * surrounding spaces go; nothing left is refused before any request is made.
 */
export function trimID(raw: string): string {
  const id = raw.trim();
  if (id === '') throw new Error('invalid container name or ID: value is empty');
  return id;
}

export async function forEachContainer(
  io: DockerIO,
  names: readonly string[],
  op: (name: string) => Promise<string | void>,
  onError?: (name: string, e: unknown) => Promise<boolean>,
): Promise<number> {
  const errors: string[] = [];
  for (const name of names) {
    let out: string | void;
    try {
      out = await op(name);
    } catch (e) {
      // onError may report the error itself (rm -f of a missing container) and not count it.
      if (onError && (await onError(name, e))) continue;
      errors.push(daemonMessage(e));
      continue;
    }
    await io.stdout(`${out ?? name}\n`);
  }
  if (errors.length === 0) return 0;
  await io.stderr(`${errors.join('\n')}\n`);
  return 1;
}
