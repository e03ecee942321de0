/**
 * What the state inspector draws for one container: its image's read-only layers (bottom first,
 * with `docker history`'s CreatedBy and size), the container's writable layer with `docker diff`'s
 * changes, and its mounts by type. Computed in the worker from the engine's read-only view
 * (model.ts), drawn on the page (view.ts). Plain data: it crosses postMessage.
 */
export interface InspectorLayer {
  /** sha256:… DiffID of the layer, or '' for a history entry that made no layer. */
  diffID: string;
  /** Bytes, as `docker history` counts them. */
  size: number;
  createdBy: string;
  /** False for metadata-only history entries (CMD, ENV...: no layer of their own). */
  emptyLayer: boolean;
}

export interface InspectorMount {
  /** volume, bind or tmpfs. */
  type: string;
  /** The volume's name, or the host path of a bind; '' for tmpfs. */
  source: string;
  destination: string;
  rw: boolean;
}

export interface InspectorContainer {
  id: string;
  name: string;
  /** As typed at `docker run` (alpine, alpine:3.20...). */
  image: string;
  /** created, running, exited... */
  status: string;
}

export interface InspectorSelected extends InspectorContainer {
  imageID: string;
  /** Bottom first. */
  layers: InspectorLayer[];
  /** `docker diff` lines: A, C or D and a path, in docker diff's order. */
  changes: Array<{ kind: 'A' | 'C' | 'D'; path: string }>;
  /** Bytes in the writable layer, as `docker ps -s` counts them (the SIZE column's first number). */
  sizeRw: number;
  mounts: InspectorMount[];
}

export interface InspectorState {
  /** Every container, newest first (as `docker ps -a`). */
  containers: InspectorContainer[];
  /** The selected container (the page's choice, else the newest), or null when there is none. */
  selected: InspectorSelected | null;
  /** Image tags and IDs present, newest first, for a short "images" list. */
  images: Array<{ id: string; tags: string[]; size: number }>;
  /** Volume names, sorted. */
  volumes: string[];
}
