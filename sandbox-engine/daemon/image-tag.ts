/**
 * POST /images/{name}/tag (moby v28.5.2 api/server/router/image postImagesTag,
 * daemon/images/image_tag.go TagImage): point `repo:tag` at the image, moving it if it pointed
 * elsewhere, and record the image's lastUpdated (inspect's Metadata.LastTagTime).
 */
import { invalidParameter, isDaemonError, notFound } from '../errdefs/errors.ts';
import { familiarName, tagNameOnly, type Named } from '../reference/reference.ts';
import { rfc3339Nano } from '../util/time.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';

export function tagImage(d: Daemon, source: string, target: Named): void {
  const ref = tagNameOnly(target);
  if (familiarName(ref) === 'sha256') throw invalidParameter('refusing to create an ambiguous tag using digest algorithm as name');
  let img;
  try {
    img = getImage(d, source);
  } catch (e) {
    // The router reports any lookup failure as NotFound.
    if (isDaemonError(e)) throw notFound(e.message);
    throw e;
  }
  d.refs.add(ref, img.id, true);
  img.lastUpdated = d.now();
  d.layout.addImage(img.id, img.raw, img.parent, rfc3339Nano(img.lastUpdated));
  d.saveReferences();
}
