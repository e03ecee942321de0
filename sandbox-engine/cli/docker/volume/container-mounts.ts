/**
 * The storage flags of `docker run` / `docker create` as docker/cli v28.5.2
 * cli/command/container/opts.go parse() turns them into the create request:
 *
 *   -v /path                → Config.Volumes {"/path": {}}        (anonymous volume)
 *   -v name:/p, -v /h:/p    → HostConfig.Binds                     (`./h` made absolute)
 *   --mount k=v,...         → HostConfig.Mounts                    (mount-opt.ts)
 *   --tmpfs /p[:opts]       → HostConfig.Tmpfs {"/p": "opts"}
 *   --volumes-from c[:ro]   → HostConfig.VolumesFrom
 *   --volume-driver d       → HostConfig.VolumeDriver
 *
 * A `-v` spec the client cannot read throws VolumeSpecError (`invalid spec: ...`); everything
 * else is the daemon's to check.
 */
import type { Invocation } from '../../command.ts';
import type { Mount } from '../../../volume/types.ts';
import { parseMountOpt } from './mount-opt.ts';
import { splitVolumeFlags } from './volume-spec.ts';

export { VolumeSpecError } from './volume-spec.ts';

export interface ContainerMountOptions {
  volumes: Record<string, Record<string, never>> | null;
  hostConfig: {
    Binds: string[] | null;
    Mounts?: Mount[];
    Tmpfs?: Record<string, string>;
    VolumesFrom: string[] | null;
    VolumeDriver?: string;
  };
}

export function containerMountOptions(inv: Invocation, cwd: string): ContainerMountOptions {
  const f = inv.flags;
  const { binds, volumes } = splitVolumeFlags(f.list('volume'), cwd);
  const tmpfs: Record<string, string> = {};
  for (const t of f.list('tmpfs')) {
    const i = t.indexOf(':');
    tmpfs[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
  }
  // Values were checked by the flag's validator; this only builds the requests.
  const mounts = f.list('mount').map((v) => parseMountOpt(v, cwd));
  const volumesFrom = f.list('volumes-from');
  const hostConfig: ContainerMountOptions['hostConfig'] = {
    Binds: binds.length > 0 ? binds : null,
    VolumesFrom: volumesFrom.length > 0 ? volumesFrom : null,
  };
  if (mounts.length > 0) hostConfig.Mounts = mounts;
  if (Object.keys(tmpfs).length > 0) hostConfig.Tmpfs = tmpfs;
  if (f.string('volume-driver') !== '') hostConfig.VolumeDriver = f.string('volume-driver');
  return { volumes: Object.keys(volumes).length > 0 ? volumes : null, hostConfig };
}
