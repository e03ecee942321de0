/**
 * DELETE /images/{name} (moby v28.5.2 daemon/images/image_delete.go ImageDelete): by name, the
 * reference is removed first (refused while a container uses the image and it is the only
 * reference, unless forced), and the image itself goes only when nothing else references it; by
 * ID, the image's references go with it (if they all sit in one repository) and the image is
 * deleted unless something holds it:
 *
 *   hard (never forced)   `image has dependent child images`,
 *                         `image is being used by running container <12hex>`
 *   soft (-f overrides)   `image is referenced in multiple repositories`,
 *                         `image is being used by stopped container <12hex>`
 *
 * each as `conflict: unable to delete <12hex> (cannot be forced|must be forced) - <reason>`.
 * Deleting an image also tries its untagged parent (`docker commit`'s base), quietly.
 * Returns the records the CLI prints: `Untagged: alpine:latest`, `Deleted: sha256:<image ID>`,
 * then `Deleted: sha256:<chainID>` for each layer that went with it, top first.
 */
import { conflict, invalidParameter } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { familiarString, parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../reference/reference.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';

export type DeleteRecord = { Untagged: string } | { Deleted: string };

export interface ImageDeleteOptions {
  force?: boolean;
  /** Also delete untagged parents (the CLI's default; --no-prune turns it off). */
  pruneChildren?: boolean;
}

const DEPENDENT_CHILD = 1;
const RUNNING_CONTAINER = 2;
const ACTIVE_REFERENCE = 4;
const STOPPED_CONTAINER = 8;
const HARD = DEPENDENT_CHILD | RUNNING_CONTAINER;
const SOFT = ACTIVE_REFERENCE | STOPPED_CONTAINER;

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

class DeleteConflict {
  readonly hard: boolean;
  readonly used: boolean;
  readonly message: string;
  constructor(imgID: string, hard: boolean, used: boolean, reason: string) {
    this.hard = hard;
    this.used = used;
    this.message = `conflict: unable to delete ${short(imgID)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${reason}`;
  }
}

/** All references from one repository, with at most one tag (false when there are none). */
function isSingleReference(refs: readonly Named[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: Named | undefined;
  const canonical = new Set<string>();
  const nameOf = (r: Named) => `${r.domain}/${r.path}`;
  for (const r of refs) {
    if (r.digest !== undefined) canonical.add(nameOf(r));
    else if (single === undefined) single = r;
    else return false;
  }
  single ??= refs[0];
  return canonical.size === 1 && canonical.has(nameOf(single));
}

function isImageIDPrefix(imageID: string, prefix: string): boolean {
  return imageID.startsWith(prefix) || imageID.slice(imageID.indexOf(':') + 1).startsWith(prefix);
}

export function imageDelete(d: Daemon, imageRef: string, opts: ImageDeleteOptions = {}): DeleteRecord[] {
  const force = opts.force ?? false;
  const prune = opts.pruneChildren ?? true;
  const records: DeleteRecord[] = [];
  const img = getImage(d, imageRef);
  const imgID = img.id;
  let repoRefs = d.refs.references(imgID);
  let removedRepositoryRef = false;
  if (!isImageIDPrefix(imgID, imageRef)) {
    if (!force && isSingleReference(repoRefs)) {
      const ctr = d.containers.all().find((c) => c.image === imgID);
      if (ctr) {
        throw conflict(
          `conflict: unable to remove repository reference "${imageRef}" (must force) - container ${short(ctr.id)} is using its referenced image ${short(imgID)}`,
        );
      }
    }
    let parsed: Named;
    try {
      parsed = tagNameOnly(parseNormalizedNamed(imageRef));
    } catch (e) {
      if (e instanceof ReferenceError) throw invalidParameter(e.message);
      throw e;
    }
    d.refs.delete(parsed);
    records.push({ Untagged: familiarString(parsed) });
    repoRefs = d.refs.references(imgID);
    // A tag removed, and only digests of that repository left: they go too.
    if (parsed.digest === undefined) {
      const sameRepo = (r: Named) => r.domain === parsed.domain && r.path === parsed.path;
      if (!repoRefs.some((r) => r.digest === undefined && sameRepo(r))) {
        const remaining: Named[] = [];
        for (const r of repoRefs) {
          if (r.digest !== undefined && sameRepo(r)) {
            d.refs.delete(r);
            records.push({ Untagged: familiarString(r) });
          } else remaining.push(r);
        }
        repoRefs = remaining;
      }
    }
    if (repoRefs.length > 0) {
      d.saveReferences();
      return records;
    }
    removedRepositoryRef = true;
  } else if (isSingleReference(repoRefs)) {
    const mask = force ? HARD : HARD | (SOFT & ~ACTIVE_REFERENCE);
    const c = checkConflict(d, imgID, mask);
    if (c) throw conflict(c.message);
    for (const r of repoRefs) {
      d.refs.delete(r);
      records.push({ Untagged: familiarString(tagNameOnly(r)) });
    }
  }
  try {
    deleteHelper(d, imgID, records, force, prune, removedRepositoryRef);
  } finally {
    d.saveReferences();
  }
  return records;
}

function checkConflict(d: Daemon, imgID: string, mask: number): DeleteConflict | null {
  if (mask & DEPENDENT_CHILD && d.images.children(imgID).length > 0) {
    return new DeleteConflict(imgID, true, false, 'image has dependent child images');
  }
  const users = (pred: (c: Container) => boolean) => d.containers.all().find((c) => c.image === imgID && pred(c));
  if (mask & RUNNING_CONTAINER) {
    const c = users((c) => c.state.running);
    if (c) return new DeleteConflict(imgID, true, true, `image is being used by running container ${short(c.id)}`);
  }
  if (mask & ACTIVE_REFERENCE && d.refs.references(imgID).length > 0) {
    return new DeleteConflict(imgID, false, false, 'image is referenced in multiple repositories');
  }
  if (mask & STOPPED_CONTAINER) {
    const c = users((c) => !c.state.running);
    if (c) return new DeleteConflict(imgID, false, true, `image is being used by stopped container ${short(c.id)}`);
  }
  return null;
}

function isDangling(d: Daemon, imgID: string): boolean {
  return d.refs.references(imgID).length === 0 && d.images.children(imgID).length === 0;
}

function deleteHelper(d: Daemon, imgID: string, records: DeleteRecord[], force: boolean, prune: boolean, quiet: boolean): void {
  const c = checkConflict(d, imgID, force ? HARD : HARD | SOFT);
  if (c) {
    // Quietly keep an image that is still tagged, has children or is used.
    if (quiet && (!isDangling(d, imgID) || c.used)) return;
    throw conflict(c.message);
  }
  const img = d.images.get(imgID);
  const parent = img.parent;
  for (const r of d.refs.references(imgID)) {
    d.refs.delete(r);
    records.push({ Untagged: familiarString(tagNameOnly(r)) });
  }
  removeImage(d, imgID, records);
  if (!prune || !parent || !d.images.tryGet(parent)) return;
  deleteHelper(d, parent, records, false, true, true);
}

/** ImageStore.Delete: the config goes, the image's layer reference is released. */
export function removeImage(d: Daemon, imgID: string, records?: DeleteRecord[]): number {
  const img = d.images.delete(imgID);
  d.layout.removeImage(imgID);
  records?.push({ Deleted: imgID });
  let freed = 0;
  if (img.layer) {
    for (const l of d.layers.release(img.layer)) {
      d.layout.removeLayer(l);
      records?.push({ Deleted: l.chainID });
      freed += l.size;
    }
  }
  return freed;
}

