/**
 * `docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]` (docker/cli v28.5.2
 * cli/command/container/commit.go; the client's ContainerCommit parses the reference first):
 * prints the new image ID, `sha256:<64 hex>`.
 */
import type { Invocation } from '../../command.ts';
import { parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../../../reference/reference.ts';
import { commitContainer } from '../../../daemon/commit.ts';
import { reportError, type DockerIO } from '../io.ts';

export async function commit(inv: Invocation, io: DockerIO): Promise<number> {
  const container = inv.args[0].trim();
  if (container === '') {
    await io.stderr('invalid container name or ID: value is empty\n');
    return 1;
  }
  let tag: Named | undefined;
  if (inv.args.length > 1 && inv.args[1] !== '') {
    try {
      tag = parseNormalizedNamed(inv.args[1]);
    } catch (e) {
      if (e instanceof ReferenceError) {
        await io.stderr(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (tag.digest !== undefined) {
      await io.stderr('refusing to create a tag with a digest reference\n');
      return 1;
    }
    tag = tagNameOnly(tag);
  }
  let id: string;
  try {
    id = await commitContainer(io.daemon, container, {
      tag,
      author: inv.flags.string('author'),
      comment: inv.flags.string('message'),
      changes: inv.flags.list('change'),
      pause: inv.flags.bool('pause'),
    });
  } catch (e) {
    return reportError(io, e);
  }
  await io.stdout(`${id}\n`);
  return 0;
}
