/**
 * Volume-related Engine API shapes as Go values (api/gostruct.ts): a container's `Mounts`
 * (container.GetMountPoints), its `HostConfig.Mounts` entries (api/types/mount.Mount) and a
 * volume (api/types/volume.Volume), each in Go struct order with its JSON tags.
 */
import type { Container } from '../container/container.ts';
import { goStruct, NIL_MAP, type GoStruct } from '../api/gostruct.ts';
import { dataPath, LOCAL_DRIVER } from './local/driver.ts';
import { mountPointsOf } from './mount-points.ts';
import type { Mount, VolumeInfo } from './types.ts';
import { orderMount } from './mounts/parser.ts';
import type { GoValue } from '../util/gojson.ts';

/** api/types/container.MountPoint. */
export interface MountPointView {
  Type?: string;
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

/** container.GetMountPoints: Source is MountPoint.Path() (a volume's `_data`). */
export function mountPointViews(c: Container): MountPointView[] {
  return mountPointsOf(c).map((m) => ({
    Type: m.Type,
    Name: m.Name,
    Source: m.Type === 'volume' && m.Name !== '' && (m.Driver === LOCAL_DRIVER || m.Driver === '') ? dataPath(m.Name) : m.Source,
    Destination: m.Destination,
    Driver: m.Driver,
    Mode: m.Mode,
    RW: m.RW,
    Propagation: m.Propagation,
  }));
}

const strMap = (v: Record<string, string> | undefined) => (v ? new Map(Object.entries(v)) : NIL_MAP);

/** api/types/mount.Mount (every field omitempty). */
export function apiMountStruct(m: Mount): GoStruct {
  const b = m.BindOptions;
  const v = m.VolumeOptions;
  const t = m.TmpfsOptions;
  return goStruct('mount.Mount', [
    ['Type', m.Type ?? '', { omitempty: true }],
    ['Source', m.Source ?? '', { omitempty: true }],
    ['Target', m.Target ?? '', { omitempty: true }],
    ['ReadOnly', m.ReadOnly ?? false, { omitempty: true }],
    ['Consistency', m.Consistency ?? '', { omitempty: true }],
    [
      'BindOptions',
      b
        ? goStruct('*mount.BindOptions', [
            ['Propagation', b.Propagation ?? '', { omitempty: true }],
            ['NonRecursive', b.NonRecursive ?? false, { omitempty: true }],
            ['CreateMountpoint', b.CreateMountpoint ?? false, { omitempty: true }],
            ['ReadOnlyNonRecursive', b.ReadOnlyNonRecursive ?? false, { omitempty: true }],
            ['ReadOnlyForceRecursive', b.ReadOnlyForceRecursive ?? false, { omitempty: true }],
          ])
        : null,
      { omitempty: true },
    ],
    [
      'VolumeOptions',
      v
        ? goStruct('*mount.VolumeOptions', [
            ['NoCopy', v.NoCopy ?? false, { omitempty: true }],
            ['Labels', strMap(v.Labels), { omitempty: true }],
            ['Subpath', v.Subpath ?? '', { omitempty: true }],
            [
              'DriverConfig',
              v.DriverConfig
                ? goStruct('*mount.Driver', [
                    ['Name', v.DriverConfig.Name ?? '', { omitempty: true }],
                    ['Options', strMap(v.DriverConfig.Options), { omitempty: true }],
                  ])
                : null,
              { omitempty: true },
            ],
          ])
        : null,
      { omitempty: true },
    ],
    ['ImageOptions', m.ImageOptions ? goStruct('*mount.ImageOptions', [['Subpath', m.ImageOptions.Subpath ?? '', { omitempty: true }]]) : null, { omitempty: true }],
    [
      'TmpfsOptions',
      t
        ? goStruct('*mount.TmpfsOptions', [
            ['SizeBytes', t.SizeBytes ?? 0, { omitempty: true }],
            ['Mode', t.Mode ?? 0, { omitempty: true }],
            ['Options', t.Options ? t.Options.map((o) => [...o]) : null, { omitempty: true }],
          ])
        : null,
      { omitempty: true },
    ],
    ['ClusterOptions', null, { omitempty: true }],
  ]);
}

/** api/types/volume.Volume (`docker volume inspect`). */
export function volumeStruct(v: VolumeInfo): GoStruct {
  return goStruct('volume.Volume', [
    ['ClusterVolume', null, { omitempty: true }],
    ['CreatedAt', v.CreatedAt, { omitempty: true }],
    ['Driver', v.Driver],
    ['Labels', strMap(v.Labels ?? undefined)],
    ['Mountpoint', v.Mountpoint],
    ['Name', v.Name],
    ['Options', strMap(v.Options ?? undefined)],
    ['Scope', v.Scope],
    ['Status', NIL_MAP, { omitempty: true }],
    ['UsageData', v.UsageData ? goStruct('*volume.UsageData', [['RefCount', v.UsageData.RefCount], ['Size', v.UsageData.Size]]) : null, { omitempty: true }],
  ]);
}

/** A Mount as encoding/json writes it (maps as Go maps: keys sorted). */
function mountJSON(m: Mount): GoValue {
  const out: Record<string, GoValue> = {};
  for (const [k, v] of Object.entries(orderMount(m))) {
    if (k === 'VolumeOptions' && v) {
      const vo = v as NonNullable<Mount['VolumeOptions']>;
      out[k] = {
        NoCopy: vo.NoCopy,
        Labels: vo.Labels ? new Map(Object.entries(vo.Labels)) : undefined,
        Subpath: vo.Subpath,
        DriverConfig: vo.DriverConfig
          ? { Name: vo.DriverConfig.Name, Options: vo.DriverConfig.Options ? new Map(Object.entries(vo.DriverConfig.Options)) : undefined }
          : undefined,
      };
    } else out[k] = v as GoValue;
  }
  return out;
}

/**
 * config.v2.json `MountPoints` (moby volume/mounts/mounts.go MountPoint's JSON): keyed by
 * destination; Mode is stored as `Relabel`. The ID a mounted volume gets while the container
 * runs is not kept here.
 */
export function mountPointsConfig(c: Container): GoValue {
  const out = new Map<string, GoValue>();
  for (const m of mountPointsOf(c)) {
    out.set(m.Destination, {
      Source: m.Source,
      Destination: m.Destination,
      RW: m.RW,
      Name: m.Name,
      Driver: m.Driver,
      Type: m.Type || undefined,
      Relabel: m.Mode || undefined,
      Propagation: m.Propagation || undefined,
      Spec: mountJSON(m.Spec),
      SkipMountpointCreation: m.SkipMountpointCreation,
    });
  }
  return out;
}
