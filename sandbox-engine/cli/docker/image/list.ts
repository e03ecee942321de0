/**
 * `docker images` / `docker image ls` (docker/cli v28.5.2 cli/command/image/list.go runImages):
 * the positional REPOSITORY[:TAG] becomes a `reference=` filter; rows per image-format.ts; as
 * `docker images NAME` finding nothing, a hint when NAME is an `image` subcommand (`ls`).
 */
import type { Invocation } from '../../command.ts';
import { FormatError, formatRows } from '../../template/docker.ts';
import { IMAGE_HEADERS } from '../../formatter/headers.ts';
import { listImages } from '../../../daemon/image-list.ts';
import { reportError, type DockerIO } from '../io.ts';
import { imageFormat, imageRows, isPlainJSONFormat, jsonRows } from './image-format.ts';

const IMAGE_SUBCOMMANDS = new Set(['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag']);

export async function imageList(inv: Invocation, io: DockerIO): Promise<number> {
  const filters = [...inv.flags.list('filter')];
  const matchName = inv.args[0] ?? '';
  if (matchName !== '') filters.push(`reference=${matchName}`);
  const quiet = inv.flags.bool('quiet');
  const digests = inv.flags.bool('digests');
  let images;
  try {
    images = listImages(io.daemon, { all: inv.flags.bool('all'), filters });
  } catch (e) {
    return reportError(io, e);
  }
  const format = imageFormat(inv.flags.string('format') || 'table', quiet, digests);
  const rows = imageRows(images, { trunc: !inv.flags.bool('no-trunc'), digest: digests, format, now: io.daemon.now() });
  try {
    await io.stdout(isPlainJSONFormat(format) ? jsonRows(rows) : formatRows({ format, rows, header: IMAGE_HEADERS }));
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  if (matchName !== '' && images.length === 0 && inv.commandPath === 'docker images' && IMAGE_SUBCOMMANDS.has(matchName)) {
    await io.stderr(`\nNo images found matching "${matchName}": did you mean "docker image ${matchName}"?\n`);
  }
  return 0;
}
