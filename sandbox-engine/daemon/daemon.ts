/**
 * The simulated dockerd: stores and services composed around one host (the kernel it runs on).
 * Each API verb lives in its own file in this folder (create.ts, start.ts, ...) as moby's
 * daemon/<verb>.go, taking the Daemon as its first argument; the CLI (cli/command/...) calls them.
 *
 * Lifecycle: `new Daemon(host)` initializes /var/lib/docker on the host (a fresh engine with no
 * images). Everything it does is deterministic given the host's clock and seeded random source.
 *
 * Example:
 *   const host = createHost({ seed: 1 });
 *   const d = new Daemon(host);
 *   await pullImage(d, 'alpine');                       // daemon/pull.ts
 *   const { id } = createContainer(d, { image: 'alpine', cmd: ['true'] });
 */
import type { SimHost } from '../host/host.ts';
import { ContainerStore } from '../container/store.ts';
import { ImageStore } from '../image/store.ts';
import { LayerStore } from '../layer/layer-store.ts';
import { ReferenceStore } from '../reference/store.ts';
import { DiskLayout } from './layout.ts';
import { goMarshal } from '../util/gojson.ts';
import { VolumeService, type VolumeServiceState } from '../volume/service.ts';
import type { RunningMap } from './running.ts';

export const ENGINE_VERSION = '28.5.2';
export const API_VERSION = '1.51';

/** What a daemon restored from saved state starts from instead of a fresh data root (daemon/state.ts). */
export interface DaemonRestore {
  engineID: string;
  layers: LayerStore;
  nextPidns: number;
  /** Volume labels and options (metadata.db); the volumes' data is on the host's disk. */
  volumes?: VolumeServiceState;
}

export class Daemon {
  readonly host: SimHost;
  readonly layers: LayerStore;
  readonly images = new ImageStore();
  readonly refs = new ReferenceStore();
  readonly containers = new ContainerStore();
  readonly layout: DiskLayout;
  /** Volumes (volume/service.ts): named and anonymous, local driver. */
  readonly volumes: VolumeService;
  /** Live processes of running containers (not serialized: see daemon/state.ts). */
  readonly running: RunningMap = new Map();
  /** Callbacks waiting for a container's PID 1 to end, by container ID. */
  readonly exitListeners = new Map<string, Array<(status: number) => void>>();
  /** A UUID-like engine id, as /var/lib/docker/engine-id holds. */
  readonly engineID: string;
  private nextPidns = 1;

  /** `restored`: rebuild around saved stores; the data root is already on the host's disk. */
  constructor(host: SimHost, restored?: DaemonRestore) {
    this.host = host;
    this.layout = new DiskLayout(host);
    if (restored) {
      this.layers = restored.layers;
      this.engineID = restored.engineID;
      this.nextPidns = restored.nextPidns;
      this.volumes = new VolumeService(this, restored.volumes);
      return;
    }
    this.layers = new LayerStore({ clock: host.clock, random: host.random });
    const h = host.random.hex(16);
    this.engineID = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    this.layout.init(this.engineID);
    this.volumes = new VolumeService(this);
    this.volumes.initDisk();
  }

  now(): number {
    return this.host.clock.now();
  }

  /** 64 hex characters from the seeded source (stringid.GenerateRandomID). */
  generateID(): string {
    for (;;) {
      const id = this.host.random.hex(32);
      // moby (pkg/stringid) draws again when the 12-character short ID would read as a number.
      if (!/^[0-9]+$/.test(id.slice(0, 12))) return id;
    }
  }

  allocPidNamespace(): number {
    return this.nextPidns++;
  }

  /** The number the next PID namespace gets (saved with the daemon). */
  get nextPidNamespace(): number {
    return this.nextPidns;
  }

  /** Rewrite repositories.json after a tag changes. */
  saveReferences(): void {
    this.layout.writeRepositories(goMarshal(this.refs.toJSON() as never));
  }
}
