/**
 * Finding an image by what a user typed, as moby's ImageService.GetImage: a full 64-hex ID or a
 * `sha256:` digest is an ID; otherwise a name (with `:latest` added) through the reference store,
 * then a unique ID prefix. Failure: `No such image: <familiar ref>`.
 */
import { DaemonError, invalidParameter, notFound } from '../errdefs/errors.ts';
import type { StoredImage } from '../image/store.ts';
import { familiarString, parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../reference/reference.ts';
import type { Daemon } from './daemon.ts';

const FULL_HEX = /^[a-f0-9]{64}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function getImage(d: Daemon, refOrID: string): StoredImage {
  if (FULL_HEX.test(refOrID) || DIGEST.test(refOrID)) {
    const id = refOrID.startsWith('sha256:') ? refOrID : `sha256:${refOrID}`;
    const img = d.images.tryGet(id);
    if (img) return img;
    throw notFound(`No such image: ${id}`);
  }
  let named: Named;
  try {
    named = parseNormalizedNamed(refOrID);
  } catch (e) {
    if (e instanceof ReferenceError) throw invalidParameter(e.message);
    throw e;
  }
  const id = d.refs.tryGet(named);
  if (id !== undefined) {
    const img = d.images.tryGet(id);
    if (img) return img;
  }
  if (/^(sha256:)?[a-f0-9]+$/.test(refOrID)) {
    const matches = d.images.search(refOrID);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) throw new DaemonError('NotFound', `No such image: ${familiarString(tagNameOnly(named))}`);
  }
  throw notFound(`No such image: ${familiarString(tagNameOnly(named))}`);
}
