/**
 * The data the volume code passes around, as plain JSON-able objects (they are saved with the
 * containers that carry them):
 *
 * - `Mount`: an API mount request (moby v28.5.2 api/types/mount/mount.go `Mount`): what
 *   `--mount` sends in HostConfig.Mounts. Keys appear in the Go struct's order and only when set,
 *   so the object marshals as Go marshals the struct (every field there is `omitempty`).
 * - `MountPoint`: a container's mount (moby volume/mounts/mounts.go `MountPoint`), kept on the
 *   container as `mountPoints` (see mount-points.ts); `docker inspect` shows its Type, Name,
 *   Source, Destination, Driver, Mode, RW and Propagation.
 */

export type MountType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | (string & {});

export interface BindOptions {
  Propagation?: string;
  NonRecursive?: boolean;
  CreateMountpoint?: boolean;
  ReadOnlyNonRecursive?: boolean;
  ReadOnlyForceRecursive?: boolean;
}

export interface VolumeDriverConfig {
  Name?: string;
  Options?: Record<string, string>;
}

export interface VolumeOptions {
  NoCopy?: boolean;
  Labels?: Record<string, string>;
  Subpath?: string;
  DriverConfig?: VolumeDriverConfig;
}

export interface TmpfsOptions {
  SizeBytes?: number;
  /** os.FileMode permission bits (sticky etc. as Go's os.FileMode bits, see mounts/parser.ts). */
  Mode?: number;
  Options?: string[][];
}

export interface Mount {
  Type?: MountType;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: BindOptions;
  VolumeOptions?: VolumeOptions;
  ImageOptions?: { Subpath?: string };
  TmpfsOptions?: TmpfsOptions;
}

export interface MountPoint {
  /** For volumes the volume's `_data` path (MountPoint.Path()); for binds the host path. */
  Source: string;
  Destination: string;
  RW: boolean;
  Name: string;
  Driver: string;
  Type: MountType;
  /** The `-v` mode text as given ("ro,z"), or "z" forced on local volumes (setBindModeIfNull). */
  Mode: string;
  Propagation: string;
  /** The request this mount point came from; `Spec.Source === ''` marks an anonymous volume. */
  Spec: Mount;
  /** Copy the image's content into an empty volume at create (not saved by moby: json:"-"). */
  CopyData: boolean;
  /** `--mount type=bind` without CreateMountpoint: the host path is never created. */
  SkipMountpointCreation: boolean;
}

/** A volume as the API returns it (api/types/volume/volume.go). */
export interface VolumeInfo {
  CreatedAt: string;
  Driver: string;
  Labels: Record<string, string> | null;
  Mountpoint: string;
  Name: string;
  Options: Record<string, string> | null;
  Scope: string;
  UsageData?: { Size: number; RefCount: number };
}
