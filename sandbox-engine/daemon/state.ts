/**
 * The daemon's whole state as plain JSON, and a daemon rebuilt from it: what `host.serialize()` and
 * `restoreHost` carry for Docker (daemon/install.ts hooks both onto the host).
 *
 * One save/load pair per store, loaded in dependency order: layers first (images and containers
 * name theirs by ChainID and by container ID), then images, references, containers. A store added
 * to the Daemon adds its own pair below and a field to DaemonState; bump DAEMON_STATE_VERSION when
 * older data can no longer be read as the new shape.
 *
 *   const saved = JSON.parse(JSON.stringify(serializeDaemon(d)));   // plain JSON, no Maps or bytes
 *   const d2 = restoreDaemon(host2, saved);     // host2 restored from the same host.serialize()
 *
 * /var/lib/docker: its metadata files (layerdb, imagedb, repositories.json, containers/<id>/...)
 * are files in the host's root MemFs and come back with it; they are not saved twice. The diff
 * directories are the layers' own file systems mounted there, so only those mounts are made again.
 *
 * Not saved, as dockerd does not keep them across a restart either: exec instances (a restored
 * container's ExecIDs are empty), attached clients, and the live processes of running containers.
 *
 * Running containers: a program cannot be frozen in the middle of a step, so a restore is what a
 * real host shows after a power loss and a reboot, done as moby v28.5.2 daemon/daemon.go restore()
 * does it when the task is gone (`!alive`):
 * - a running, paused or restarting container is stopped with ExitCode 255 (`ces.ExitCode = 255`,
 *   SetStopped) and FinishedAt = the time of the restore, which on the restored virtual clock is
 *   the time of the save: `docker ps -a` shows `Exited (255) … ago`;
 * - a container run with --rm (AutoRemove) is removed, even one that was only created (the
 *   `removeContainers` branch runs for every AutoRemove container when live-restore is off);
 * - a removal that was in progress leaves the container Dead.
 * Not applied: restart policies (`--restart always` would start the container again); the
 * simulator has no restart manager yet, nor the HasBeenManuallyStopped flag it needs.
 */
import type { SimHost } from '../host/host.ts';
import type { Container } from '../container/container.ts';
import { setStopped } from '../container/state.ts';
import type { StoredImage } from '../image/store.ts';
import { LayerStore, type LayerStoreState } from '../layer/layer-store.ts';
import type { Named } from '../reference/reference.ts';
import { fromBase64, toBase64 } from '../util/base64.ts';
import { Daemon } from './daemon.ts';
import { cleanupStopped } from './delete.ts';
import { containerConfigJSON } from './persist.ts';
import type { VolumeServiceState } from '../volume/service.ts';
import { networkController, restoreNetworkController } from '../network/controller.ts';
import { releaseNetwork } from '../network/sandbox.ts';
import type { NetworkState } from '../network/types.ts';

export const DAEMON_STATE_VERSION = 1;

export interface DaemonState {
  version: typeof DAEMON_STATE_VERSION;
  /** /var/lib/docker/engine-id */
  engineID: string;
  nextPidns: number;
  layers: LayerStoreState;
  images: ImageState[];
  refs: RefState[];
  containers: ContainerState[];
  /** Volume labels and options (volume/service.ts); absent in saves from before volumes. */
  volumes?: VolumeServiceState;
  /** Networks, endpoints and containers' network settings (network/controller.ts); absent in saves from before networks. */
  networks?: NetworkState;
}

export interface ImageState {
  /** The config bytes, base64 (the image ID is their sha256). */
  raw: string;
  /** ChainID of the top layer, null for an image without layers. */
  layer: string | null;
  parent?: string;
  lastUpdated?: number;
  repoDigests: string[];
}

export interface RefState {
  ref: { domain: string; path: string; tag?: string; digest?: string };
  id: string;
}

/** A container's own fields (plain data, copied as they are) and its RW layer by name. */
export interface ContainerState {
  rwLayer: string;
  fields: Record<string, unknown>;
}

export function serializeDaemon(d: Daemon): DaemonState {
  return {
    version: DAEMON_STATE_VERSION,
    engineID: d.engineID,
    nextPidns: d.nextPidNamespace,
    layers: d.layers.snapshot(),
    images: saveImages(d),
    refs: saveRefs(d),
    containers: saveContainers(d),
    volumes: d.volumes.snapshot(),
    networks: networkController(d).snapshot(),
  };
}

/**
 * A daemon for `host` (restored from the same save, so /var/lib/docker is on its disk already)
 * from `data`; then the reboot effects described above. Draws nothing from the host's random
 * source, so a restored host serializes as the saved one did when no container was running.
 */
export function restoreDaemon(host: SimHost, data: unknown): Daemon {
  const s = data as DaemonState;
  if (!s || typeof s !== 'object' || s.version !== DAEMON_STATE_VERSION) {
    throw new Error(`docker state version ${String(s?.version)}; this engine reads ${DAEMON_STATE_VERSION}`);
  }
  const layers = LayerStore.restore(s.layers, { clock: host.clock, random: host.random });
  // Volumes: their directories are on the restored disk; the service finds them there.
  const d = new Daemon(host, { engineID: s.engineID, layers, nextPidns: s.nextPidns, volumes: s.volumes });
  loadImages(d, s.images);
  loadRefs(d, s.refs);
  loadContainers(d, s.containers);
  // The network IDs are kept (a real dockerd recreates the default bridge with a new ID at each
  // start, daemon_unix.go:887): a restore is a page reload here, and it draws nothing at random.
  restoreNetworkController(d, s.networks);
  remountLayers(d);
  afterPowerLoss(d);
  return d;
}

// --- images (image/store.ts) ---

function saveImages(d: Daemon): ImageState[] {
  return d.images.all().map((img) => {
    const s: ImageState = { raw: toBase64(img.raw), layer: img.layer?.chainID ?? null, repoDigests: [...img.repoDigests] };
    if (img.parent !== undefined) s.parent = img.parent;
    if (img.lastUpdated !== undefined) s.lastUpdated = img.lastUpdated;
    return s;
  });
}

function loadImages(d: Daemon, images: ImageState[]): void {
  for (const s of images) {
    const layer = s.layer === null ? null : d.layers.lookup(s.layer);
    if (layer === undefined) throw new Error(`docker state: image layer ${s.layer} is missing`);
    // The image's reference on its layers is part of their saved refCount: no retain here.
    const img: StoredImage = d.images.create(fromBase64(s.raw), layer);
    if (s.parent !== undefined) img.parent = s.parent;
    if (s.lastUpdated !== undefined) img.lastUpdated = s.lastUpdated;
    img.repoDigests = [...s.repoDigests];
  }
}

// --- references (reference/store.ts) ---

function saveRefs(d: Daemon): RefState[] {
  // all() walks repositories and tags in insertion order; adding them back in that order rebuilds
  // the same maps. repositories.json itself is on the host's disk.
  return d.refs.all().map(({ ref, id }) => ({ ref: namedData(ref), id }));
}

function namedData(r: Named): RefState['ref'] {
  const out: RefState['ref'] = { domain: r.domain, path: r.path };
  if (r.tag !== undefined) out.tag = r.tag;
  if (r.digest !== undefined) out.digest = r.digest;
  return out;
}

function loadRefs(d: Daemon, refs: RefState[]): void {
  for (const { ref, id } of refs) d.refs.add(ref, id, true);
}

// --- containers (container/store.ts) ---

/** Container fields that are not plain data, saved otherwise (or, for execIDs, not at all). */
const CONTAINER_LINKS = new Set(['rwLayer', 'execIDs']);

function saveContainers(d: Daemon): ContainerState[] {
  return d.containers.all().map((c) => {
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) {
      if (!CONTAINER_LINKS.has(k)) fields[k] = plainCopy(v, `container ${c.id.slice(0, 12)} field ${k}`);
    }
    return { rwLayer: c.rwLayer.name, fields };
  });
}

function loadContainers(d: Daemon, containers: ContainerState[]): void {
  for (const s of containers) {
    const rwLayer = d.layers.getRWLayer(s.rwLayer);
    if (!rwLayer) throw new Error(`docker state: container layer ${s.rwLayer} is missing`);
    const fields = plainCopy(s.fields, 'container') as Record<string, unknown>;
    d.containers.add({ ...fields, rwLayer, execIDs: [] } as unknown as Container);
  }
}

// --- live views and the reboot ---

/** The diff dirs under /var/lib/docker/overlay2 are mounts of the layers' file systems. */
function remountLayers(d: Daemon): void {
  for (const layer of d.layers.layers()) d.layout.remountLayer(layer);
  for (const rw of d.layers.rwLayers()) d.layout.remountRWLayer(rw);
}

const SHIM = '/usr/bin/containerd-shim-runc-v2';

/** What dockerd's restore does to containers whose processes did not survive (see the header). */
function afterPowerLoss(d: Daemon): void {
  const now = d.now();
  for (const c of d.containers.all()) {
    let changed = false;
    if (c.state.running || c.state.paused || c.state.restarting) {
      for (const p of d.host.processes.list()) {
        const shim = p.argv[0] === SHIM && p.argv.includes(c.id);
        if (shim || (c.pidns !== 0 && p.pidns === c.pidns)) d.host.processes.remove(p.pid);
      }
      setStopped(c.state, 255, now);
      // Their endpoints and sandboxes went with the power (releaseNetwork at restore's cleanup).
      releaseNetwork(d, c);
      // overlay2/<mount-id>/merged was the running container's root; as after an exit (start.ts
      // onExit), it is gone and the layer unmounted.
      d.layout.unmountMerged(c.rwLayer);
      c.rwLayer.unmount();
      changed = true;
    }
    if (c.state.removalInProgress) {
      c.state.removalInProgress = false;
      c.state.dead = true;
      changed = true;
    }
    if (changed) d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
  }
  for (const c of d.containers.all()) if (c.hostConfig.AutoRemove) cleanupStopped(d, c, true);
}

// --- plain JSON ---

/**
 * A deep copy of JSON-able data (undefined properties dropped, as JSON.stringify drops them).
 * Anything else (a Map, bytes, a class instance, a function) throws: such a field needs its own
 * save/load pair above, or the state would silently lose it.
 */
function plainCopy(v: unknown, where: string): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`docker state: ${where} is not a finite number`);
    return v;
  }
  if (Array.isArray(v)) return v.map((x, i) => plainCopy(x ?? null, `${where}[${i}]`));
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`docker state: ${where} is not plain data (${(v as object).constructor?.name ?? 'object'})`);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plainCopy(x, `${where}.${k}`);
    return out;
  }
  throw new Error(`docker state: ${where} is not plain data (${typeof v})`);
}
