/**
 * The pull `docker run`/`create` does when the image is missing (docker/cli v28.5.2
 * cli/command/container/create.go pullImage): the daemon's progress stream goes to stderr, shown
 * as on a terminal when stderr is one; no `Using default tag` and no final reference line.
 */
import type { Named } from '../../../reference/reference.ts';
import { pullImage } from '../../../daemon/pull.ts';
import type { DockerIO } from '../io.ts';
import { progressPrinter } from './pull.ts';

export async function pullForRun(io: DockerIO, ref: Named, opts: { quiet?: boolean } = {}): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await pullImage(io.daemon, ref, { onProgress: opts.quiet ? undefined : progressPrinter(io, 'stderr') });
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}
