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
import type { Daemon } from './daemon.ts';
import { networkSettingsOf } from '../network/sandbox.ts';
import type { EndpointSettingsState } from '../network/types.ts';

/**
 * One of Networks: daemon/network/settings.go EndpointSettings, the embedded
 * api/types/network.EndpointSettings fields first, then IPAMOperational and DesiredMacAddress
 * (the --mac-address asked for at create: none here). DNSNames is set on user-defined networks
 * only (container_operations.go:628 updateNetworkConfig).
 */
function endpointSettingsDisk(e: EndpointSettingsState): GoValue {
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    MacAddress: e.macAddress,
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: e.networkID,
    EndpointID: e.endpointID,
    Gateway: e.gateway,
    IPAddress: e.ipAddress,
    IPPrefixLen: e.ipPrefixLen,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
    IPAMOperational: false,
    DesiredMacAddress: '',
  };
}

/**
 * NetworkSettings as moby v28.5.2 saves it (daemon/network/settings.go Settings; recorded
 * shape: test/scenarios/engine/600-ps-ports.sh on 20.10, whose Settings also had
 * IsAnonymousEndpoint and put SandboxKey after Ports). Every container has one
 * (daemon/container.go:164 newBaseContainer). Ports is the endpoint's port map while it is
 * connected (container_operations.go:773 getPortMapInfo: `{}` without exposed ports) and nil
 * before the first start and after a stop (container_operations.go:951 releaseNetwork); a
 * `container:` mode container has no Networks (updateContainerNetworkSettings returns early).
 */
function networkSettingsDisk(d: Daemon, c: Container): GoValue {
  const s = networkSettingsOf(d, c);
  const names = Object.keys(s.networks);
  const connected = s.sandboxID !== '' && !s.joined;
  return {
    Bridge: '',
    SandboxID: s.sandboxID,
    SandboxKey: s.sandboxKey,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    Networks: names.length === 0 ? null : new Map(names.map((n) => [n, endpointSettingsDisk(s.networks[n])])),
    Service: null,
    Ports: connected ? new Map(s.ports.map((p) => [p, null])) : null,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    HasSwarmEndpoint: false,
  };
}

export function containerConfigJSON(d: Daemon, c: Container): string {
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
    NetworkSettings: networkSettingsDisk(d, c),
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
