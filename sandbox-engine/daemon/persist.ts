/**
 * containers/<id>/config.v2.json and hostconfig.json: what dockerd writes to disk for a container.
 * The simulator does not read them back (its state is in memory and serialized as a whole); they
 * exist so a student who looks under /var/lib/docker finds what a real host has there.
 */
import type { Container } from '../container/container.ts';
import { stateString } from '../container/state.ts';
import { goMarshal, type GoValue } from '../util/gojson.ts';
import { rfc3339Nano } from '../util/time.ts';
import { mountPointsConfig } from '../volume/api.ts';

export function containerConfigJSON(c: Container): string {
  const s = c.state;
  const v: GoValue = {
    StreamConfig: {},
    State: {
      Running: s.running,
      Paused: s.paused,
      Restarting: s.restarting,
      OOMKilled: s.oomKilled,
      RemovalInProgress: s.removalInProgress,
      Dead: s.dead,
      Pid: s.pid,
      ExitCode: s.exitCode,
      Error: s.error,
      StartedAt: rfc3339Nano(s.startedAt),
      FinishedAt: rfc3339Nano(s.finishedAt),
      Health: null,
    },
    ID: c.id,
    Created: rfc3339Nano(c.created),
    Managed: false,
    Path: c.path,
    Args: c.args,
    Config: c.config as unknown as GoValue,
    Image: c.image,
    ImageManifest: null,
    NetworkSettings: null,
    LogPath: '',
    Name: c.name,
    Driver: 'overlay2',
    OS: 'linux',
    RestartCount: c.restartCount,
    HasBeenStartedBefore: s.startedAt !== 0,
    HasBeenManuallyStopped: false,
    MountPoints: mountPointsConfig(c),
    SecretReferences: null,
    ConfigReferences: null,
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    SeccompProfile: '',
    NoNewPrivileges: false,
    HostnamePath: '',
    HostsPath: '',
    ShmPath: '',
    ResolvConfPath: '',
    LocalLogCacheMeta: { HaveNotifyEnabled: false },
    State_: stateString(s),
  };
  delete (v as Record<string, unknown>).State_;
  return goMarshal(v);
}

export function hostConfigJSON(c: Container): string {
  return goMarshal(c.hostConfig as unknown as GoValue);
}
