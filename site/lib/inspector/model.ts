/**
 * The state inspector's data (types.ts), computed in the worker from the engine's read-only Docker
 * view after every command. Everything here is what the CLI would print: layers and their sizes as
 * `docker history`, changes as `docker diff`, mounts as `docker inspect`'s Mounts plus tmpfs (which
 * inspect lists only for `--mount type=tmpfs`), containers in `docker ps -a` order, images as
 * `docker images` lists them.
 *
 * Example:
 *   inspectorState(observeDocker(host)!, null).selected?.layers.map((l) => l.createdBy)
 */
import type { DockerView, ObservedContainer, ObservedImage } from '../../../sandbox-engine/index.ts';
import type { InspectorContainer, InspectorLayer, InspectorMount, InspectorSelected, InspectorState } from './types.ts';

/** What the inspector shows before the engine is up, or on a host without Docker. */
export const EMPTY_INSPECTOR: InspectorState = { containers: [], selected: null, images: [], volumes: [] };

export function inspectorState(docker: DockerView, selected: string | null): InspectorState {
  // The view lists containers in creation order; `docker ps -a` shows the newest first.
  const all = docker.containers().reverse();
  const chosen = (selected !== null ? docker.container(selected) : undefined) ?? all[0];
  return {
    containers: all.map(summary),
    selected: chosen ? detail(docker, chosen) : null,
    images: imageList(docker.images()),
    volumes: docker.volumes().map((v) => v.name).sort(),
  };
}

function summary(c: ObservedContainer): InspectorContainer {
  return { id: c.id, name: c.name, image: c.imageRef, status: c.status };
}

function detail(docker: DockerView, c: ObservedContainer): InspectorSelected {
  const image = docker.image(c.imageID);
  return {
    ...summary(c),
    imageID: c.imageID,
    layers: image ? layersOf(image) : [],
    changes: docker.diff(c.id) ?? [],
    sizeRw: docker.sizeRw(c.id) ?? 0,
    mounts: mountsOf(c),
  };
}

/**
 * Bottom first: `docker history` reversed. The non-empty entries are the image's layers in order,
 * so the n-th of them has the n-th DiffID.
 */
export function layersOf(image: ObservedImage): InspectorLayer[] {
  let n = 0;
  return [...image.history].reverse().map((h) => ({
    diffID: h.emptyLayer ? '' : (image.layers[n++] ?? ''),
    size: h.size,
    createdBy: h.createdBy,
    emptyLayer: h.emptyLayer,
  }));
}

/** Volumes and binds as inspect's Mounts lists them, then tmpfs mounts (no source). */
function mountsOf(c: ObservedContainer): InspectorMount[] {
  const out: InspectorMount[] = c.mounts.map((m) => ({
    type: m.type,
    source: m.type === 'volume' ? m.name : m.source,
    destination: m.destination,
    rw: m.rw,
  }));
  for (const t of c.tmpfsMounts) out.push({ type: 'tmpfs', source: '', destination: t.destination, rw: !t.readOnly });
  return out;
}

/**
 * `docker images`: tagged images and untagged ones nothing is built on (dangling), newest first;
 * equal times: the most recently stored first, as the engine's list orders them.
 */
function imageList(images: ObservedImage[]): InspectorState['images'] {
  const parents = new Set(images.map((i) => i.parent).filter((p) => p !== ''));
  return images
    .map((img, order) => ({ img, order }))
    .filter(({ img }) => img.tags.length > 0 || !parents.has(img.id))
    .sort((a, b) => b.img.created - a.img.created || b.order - a.order)
    .map(({ img }) => ({ id: img.id, tags: [...img.tags], size: img.size }));
}
