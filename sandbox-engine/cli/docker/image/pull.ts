/**
 * `docker pull` (docker/cli v28.5.2 cli/command/image/pull.go runPull): parse the name
 * client-side, say `Using default tag: latest` when it had neither tag nor digest, show the
 * daemon's progress stream (jsonstream.ts; nothing with -q), then print the full reference
 * (`docker.io/library/alpine:latest`). -a pulls every tag of the repository.
 */
import type { Invocation } from '../../command.ts';
import { pullAllTags, pullImage } from '../../../daemon/pull.ts';
import type { PullEvent } from '../../../registry/index.ts';
import { parseNormalizedNamed, ReferenceError, tagNameOnly, fullString, type Named } from '../../../reference/reference.ts';
import { reportError, type DockerIO } from '../io.ts';
import { JSONStreamDisplay } from './jsonstream.ts';

/** Show progress messages on `stream` as the CLI's jsonstream.Display does. */
export function progressPrinter(io: DockerIO, stream: 'stdout' | 'stderr'): (e: PullEvent) => Promise<void> {
  const out = io.ctx[stream];
  const display = new JSONStreamDisplay({ terminal: out.isTTY, width: out.isTTY ? io.ctx.columns : undefined });
  return async (e) => {
    const text = display.render(e);
    if (text !== '') await out.write(text);
  };
}

export async function pull(inv: Invocation, io: DockerIO): Promise<number> {
  const all = inv.flags.bool('all-tags');
  const quiet = inv.flags.bool('quiet');
  let ref: Named;
  try {
    ref = parseNormalizedNamed(inv.args[0]);
  } catch (e) {
    if (e instanceof ReferenceError) {
      await io.stderr(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const nameOnly = ref.tag === undefined && ref.digest === undefined;
  if (all && !nameOnly) {
    await io.stderr("tag can't be used with --all-tags/-a\n");
    return 1;
  }
  if (!all && nameOnly) {
    ref = tagNameOnly(ref);
    if (!quiet) await io.stdout(`Using default tag: ${ref.tag}\n`);
  }
  const onProgress = quiet ? undefined : progressPrinter(io, 'stdout');
  try {
    if (all) await pullAllTags(io.daemon, ref, { onProgress });
    else await pullImage(io.daemon, ref, { onProgress });
  } catch (e) {
    return reportError(io, e);
  }
  await io.stdout(`${fullString(ref)}\n`);
  return 0;
}
