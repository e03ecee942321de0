/**
 * `docker tag SOURCE TARGET` (docker/cli v28.5.2 cli/command/image/tag.go; the client's
 * ImageTag validates both names before asking the daemon): prints nothing on success.
 */
import type { Invocation } from '../../command.ts';
import { parseNormalizedNamed, ReferenceError, type Named } from '../../../reference/reference.ts';
import { tagImage } from '../../../daemon/image-tag.ts';
import { reportError, type DockerIO } from '../io.ts';

/** distribution/reference ParseAnyReference: a 64-hex ID or `sha256:<hex>` digest is accepted too. */
function checkSource(s: string): void {
  if (/^[a-f0-9]{64}$/.test(s) || /^sha256:[a-f0-9]{64}$/.test(s)) return;
  parseNormalizedNamed(s);
}

export async function tag(inv: Invocation, io: DockerIO): Promise<number> {
  const [source, target] = inv.args;
  let ref: Named;
  let current = source;
  try {
    checkSource(source);
    current = target;
    ref = parseNormalizedNamed(target);
  } catch (e) {
    if (e instanceof ReferenceError) {
      await io.stderr(`Error parsing reference: "${current}" is not a valid repository/tag: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (ref.digest !== undefined) {
    await io.stderr('refusing to create a tag with a digest reference\n');
    return 1;
  }
  try {
    tagImage(io.daemon, source, ref);
  } catch (e) {
    return reportError(io, e);
  }
  return 0;
}
