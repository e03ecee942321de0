/**
 * `docker rmi` / `docker image rm` (docker/cli v28.5.2 cli/command/image/remove.go runRemove):
 * each image in turn; its records print as `Untagged: <ref>` / `Deleted: <id>`. Errors are
 * collected and printed together at the end (status 1); with -f, images that do not exist are
 * reported but the status stays 0.
 */
import type { Invocation } from '../../command.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { imageDelete } from '../../../daemon/image-delete.ts';
import { daemonMessage, type DockerIO } from '../io.ts';

export async function imageRemove(inv: Invocation, io: DockerIO): Promise<number> {
  const force = inv.flags.bool('force');
  const pruneChildren = !inv.flags.bool('no-prune');
  const errs: string[] = [];
  let fatal = false;
  for (const name of inv.args) {
    try {
      const records = imageDelete(io.daemon, name, { force, pruneChildren });
      let text = '';
      for (const r of records) text += 'Deleted' in r ? `Deleted: ${r.Deleted}\n` : `Untagged: ${r.Untagged}\n`;
      await io.stdout(text);
    } catch (e) {
      if (!isDaemonError(e, 'NotFound')) fatal = true;
      errs.push(daemonMessage(e));
    }
  }
  if (errs.length === 0) return 0;
  await io.stderr(errs.join('\n') + '\n');
  return !force || fatal ? 1 : 0;
}
