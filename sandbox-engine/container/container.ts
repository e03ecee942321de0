/**
 * A container as the daemon keeps it (moby container/container.go): its configuration, state,
 * writable layer and log. Plain data plus the RWLayer handle; behaviour lives in daemon/<verb>.ts.
 */
import type { ContainerConfig } from '../image/types.ts';
import type { RWLayer } from '../layer/layer-store.ts';
import type { State } from './state.ts';
import type { Mount } from '../volume/types.ts';

/** The parts of the API's HostConfig the simulator models; inspect fills in the rest. */
export interface HostConfig {
  Binds: string[] | null;
  AutoRemove: boolean;
  ReadonlyRootfs: boolean;
  Init: boolean | null;
  Tmpfs?: Record<string, string>;
  VolumesFrom: string[] | null;
  /** `--mount` requests (api/types/mount.Mount). */
  Mounts?: Mount[];
  /** `--volume-driver`: the driver for the container's new anonymous and `-v` volumes. */
  VolumeDriver?: string;
  RestartPolicy: { Name: string; MaximumRetryCount: number };
  NetworkMode: string;
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  /** Virtual-clock ms. */
  time: number;
  /** The bytes of one line including its newline (or a final partial line). */
  text: string;
}

export interface Container {
  /** 64 hex. */
  readonly id: string;
  /** With the leading slash, as the API keeps it: "/web". */
  name: string;
  readonly created: number;
  /** Entrypoint + Cmd resolved: Path is the first word, Args the rest. */
  readonly path: string;
  readonly args: string[];
  readonly config: ContainerConfig;
  readonly hostConfig: HostConfig;
  /** sha256:<hex> of the image. */
  readonly image: string;
  state: State;
  restartCount: number;
  readonly rwLayer: RWLayer;
  log: LogLine[];
  /** The host PID namespace the container's processes live in (0 = host). */
  pidns: number;
  execIDs: string[];
}

export function shortID(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
