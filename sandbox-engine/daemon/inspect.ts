/**
 * GET /containers/{id}/json (moby v28.5.2 daemon/inspect.go ContainerInspect): the container's
 * InspectResponse as the Go value the API marshals (api/gostruct.ts), with every field of Engine
 * 28 / API 1.51 in struct order (api/types/container/container.go ContainerJSONBase +
 * InspectResponse, config.go, hostconfig.go, network_settings.go, network/endpoint.go).
 *
 * Networking (network/api.ts): the default bridge, host and none networks of network/controller.ts;
 * a running container's endpoint (address, MAC, IDs), cleared again when it stops.
 * Values Engine 28 computes differently from the 20.10 recording engine follow the 28 source:
 * NetworkMode "bridge" (container_routes.go:512 converts "default"), CgroupnsMode "private" (cgroup
 * v2, daemon_unix.go:359), ConsoleSize after VolumesFrom, no KernelMemory (omitempty, zeroed for
 * API >= 1.42), OomKillDisable false (daemon_unix.go:377), masked paths of oci/defaults.go,
 * SandboxID/SandboxKey cleared when the container stops (container_operations.go:957).
 */
import type { Container } from '../container/container.ts';
import { stateString } from '../container/state.ts';
import type { ContainerConfig, HealthConfig } from '../image/types.ts';
import { ROOT } from '../vfs/types.ts';
import { treeSize } from '../archive/diff.ts';
import { rfc3339Nano } from '../util/time.ts';
import { goStruct, NIL_MAP, NIL_SLICE, type GoStruct } from '../api/gostruct.ts';
import type { Daemon } from './daemon.ts';
import { DOCKER_ROOT } from './layout.ts';
import { apiMountStruct, mountPointViews } from '../volume/api.ts';
import type { Mount } from '../volume/types.ts';
import { containerNetworkSettingsStruct } from '../network/api.ts';
import { joinedContainer } from '../network/sandbox.ts';

/** One entry of a container's Mounts (api/types/container MountPoint). */
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

/** The container's mount points (container.GetMountPoints; volume/api.ts). */
export function mountPointsOf(c: Container): MountPointView[] {
  return mountPointViews(c);
}

export function mountPointStruct(m: MountPointView): GoStruct {
  return goStruct('container.MountPoint', [
    ['Type', m.Type ?? '', { omitempty: true }],
    ['Name', m.Name ?? '', { omitempty: true }],
    ['Source', m.Source],
    ['Destination', m.Destination],
    ['Driver', m.Driver ?? '', { omitempty: true }],
    ['Mode', m.Mode],
    ['RW', m.RW],
    ['Propagation', m.Propagation],
  ]);
}

/** moby oci/defaults.go defaultLinuxMaskedPaths (no thermal_throttle paths on this VM's CPUs). */
const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** Go nil for a missing slice / map. */
const slice = (v: readonly unknown[] | null | undefined): unknown => (v ? [...v] : NIL_SLICE);
const strMap = (v: Readonly<Record<string, unknown>> | null | undefined): unknown =>
  v ? new Map(Object.entries(v)) : NIL_MAP;

/** container.Config in struct order (Go names = JSON names). */
export function configStruct(cfg: ContainerConfig, extra: { networkDisabled?: boolean } = {}): GoStruct {
  return goStruct('container.Config', [
    ['Hostname', cfg.Hostname],
    ['Domainname', cfg.Domainname],
    ['User', cfg.User],
    ['AttachStdin', cfg.AttachStdin],
    ['AttachStdout', cfg.AttachStdout],
    ['AttachStderr', cfg.AttachStderr],
    ['ExposedPorts', cfg.ExposedPorts ? strMap(cfg.ExposedPorts) : NIL_MAP, { omitempty: true }],
    ['Tty', cfg.Tty],
    ['OpenStdin', cfg.OpenStdin],
    ['StdinOnce', cfg.StdinOnce],
    ['Env', slice(cfg.Env)],
    ['Cmd', slice(cfg.Cmd)],
    ['Healthcheck', cfg.Healthcheck ? healthStruct(cfg.Healthcheck) : null, { omitempty: true }],
    ['ArgsEscaped', cfg.ArgsEscaped ?? false, { omitempty: true }],
    ['Image', cfg.Image],
    ['Volumes', strMap(cfg.Volumes)],
    ['WorkingDir', cfg.WorkingDir],
    ['Entrypoint', slice(cfg.Entrypoint)],
    ['NetworkDisabled', (cfg.NetworkDisabled ?? false) || (extra.networkDisabled ?? false), { omitempty: true }],
    ['MacAddress', cfg.MacAddress ?? '', { omitempty: true }],
    ['OnBuild', slice(cfg.OnBuild)],
    ['Labels', strMap(cfg.Labels)],
    ['StopSignal', cfg.StopSignal ?? '', { omitempty: true }],
    ['StopTimeout', cfg.StopTimeout ?? null, { omitempty: true }],
    ['Shell', slice(cfg.Shell), { omitempty: true }],
  ]);
}

export function healthStruct(h: HealthConfig): GoStruct {
  return goStruct('container.HealthConfig', [
    ['Test', slice(h.Test), { omitempty: true }],
    ['Interval', h.Interval ?? 0, { omitempty: true }],
    ['Timeout', h.Timeout ?? 0, { omitempty: true }],
    ['StartPeriod', h.StartPeriod ?? 0, { omitempty: true }],
    ['StartInterval', h.StartInterval ?? 0, { omitempty: true }],
    ['Retries', h.Retries ?? 0, { omitempty: true }],
  ]);
}

function hostConfigStruct(c: Container): GoStruct {
  const hc = c.hostConfig as unknown as Record<string, unknown>;
  const has = (k: string) => hc[k] !== undefined;
  const get = <T>(k: string, def: T): T => (has(k) ? (hc[k] as T) : def);
  const nilOr = (k: string) => (has(k) && hc[k] !== null ? slice(hc[k] as unknown[]) : NIL_SLICE);
  const mapOr = (k: string) => (has(k) && hc[k] !== null ? strMap(hc[k] as Record<string, unknown>) : NIL_MAP);
  const mode = c.hostConfig.NetworkMode === 'default' || c.hostConfig.NetworkMode === '' ? 'bridge' : c.hostConfig.NetworkMode;
  const privileged = get('Privileged', false);
  const restart = c.hostConfig.RestartPolicy;
  const consoleSize = get<number[]>('ConsoleSize', [0, 0]);
  const mounts = get<Mount[] | null>('Mounts', null);
  return goStruct('*container.HostConfig', [
    ['Binds', nilOr('Binds')],
    ['ContainerIDFile', get('ContainerIDFile', '')],
    ['LogConfig', goStruct('container.LogConfig', [['Type', 'json-file'], ['Config', new Map()]])],
    ['NetworkMode', mode],
    ['PortBindings', new Map()],
    ['RestartPolicy', goStruct('container.RestartPolicy', [['Name', restart.Name || 'no'], ['MaximumRetryCount', restart.MaximumRetryCount]])],
    ['AutoRemove', c.hostConfig.AutoRemove],
    ['VolumeDriver', get('VolumeDriver', '')],
    ['VolumesFrom', nilOr('VolumesFrom')],
    ['ConsoleSize', [...consoleSize]],
    ['Annotations', NIL_MAP, { omitempty: true }],
    ['CapAdd', nilOr('CapAdd')],
    ['CapDrop', nilOr('CapDrop')],
    ['CgroupnsMode', get('CgroupnsMode', 'private')],
    ['DNS', has('Dns') ? slice(hc.Dns as string[]) : [], { json: 'Dns' }],
    ['DNSOptions', has('DnsOptions') ? slice(hc.DnsOptions as string[]) : [], { json: 'DnsOptions' }],
    ['DNSSearch', has('DnsSearch') ? slice(hc.DnsSearch as string[]) : [], { json: 'DnsSearch' }],
    ['ExtraHosts', nilOr('ExtraHosts')],
    ['GroupAdd', nilOr('GroupAdd')],
    ['IpcMode', get('IpcMode', 'private')],
    ['Cgroup', ''],
    ['Links', NIL_SLICE],
    ['OomScoreAdj', get('OomScoreAdj', 0)],
    ['PidMode', get('PidMode', '')],
    ['Privileged', privileged],
    ['PublishAllPorts', get('PublishAllPorts', false)],
    ['ReadonlyRootfs', c.hostConfig.ReadonlyRootfs],
    ['SecurityOpt', nilOr('SecurityOpt')],
    ['StorageOpt', NIL_MAP, { omitempty: true }],
    ['Tmpfs', mapOr('Tmpfs'), { omitempty: true }],
    ['UTSMode', get('UTSMode', '')],
    ['UsernsMode', get('UsernsMode', '')],
    ['ShmSize', get('ShmSize', 67108864)],
    ['Sysctls', mapOr('Sysctls'), { omitempty: true }],
    ['Runtime', 'runc', { omitempty: true }],
    ['Isolation', ''],
    // Resources, embedded (api/types/container/hostconfig.go): `{{.HostConfig}}` prints it as a
    // nested {...}; OomKillDisable is a *bool, printed there as an address.
    [
      'Resources',
      goStruct('container.Resources', [
        ['CPUShares', get('CpuShares', 0), { json: 'CpuShares' }],
        ['Memory', get('Memory', 0)],
        ['NanoCPUs', get('NanoCpus', 0), { json: 'NanoCpus' }],
        ['CgroupParent', ''],
        ['BlkioWeight', 0],
        ['BlkioWeightDevice', []],
        ['BlkioDeviceReadBps', []],
        ['BlkioDeviceWriteBps', []],
        ['BlkioDeviceReadIOps', []],
        ['BlkioDeviceWriteIOps', []],
        ['CPUPeriod', 0, { json: 'CpuPeriod' }],
        ['CPUQuota', 0, { json: 'CpuQuota' }],
        ['CPURealtimePeriod', 0, { json: 'CpuRealtimePeriod' }],
        ['CPURealtimeRuntime', 0, { json: 'CpuRealtimeRuntime' }],
        ['CpusetCpus', get('CpusetCpus', '')],
        ['CpusetMems', ''],
        ['Devices', []],
        ['DeviceCgroupRules', NIL_SLICE],
        ['DeviceRequests', NIL_SLICE],
        ['KernelMemory', 0, { omitempty: true }],
        ['KernelMemoryTCP', 0, { omitempty: true }],
        ['MemoryReservation', get('MemoryReservation', 0)],
        ['MemorySwap', get('MemorySwap', 0)],
        ['MemorySwappiness', null],
        ['OomKillDisable', false, { pointer: true }],
        ['PidsLimit', get('PidsLimit', null), { pointer: true }],
        ['Ulimits', []],
        ['CPUCount', 0, { json: 'CpuCount' }],
        ['CPUPercent', 0, { json: 'CpuPercent' }],
        ['IOMaximumIOps', 0],
        ['IOMaximumBandwidth', 0],
      ]),
      { embedded: true },
    ],
    ['Mounts', mounts ? mounts.map(apiMountStruct) : NIL_SLICE, { omitempty: true }],
    ['MaskedPaths', privileged ? NIL_SLICE : [...MASKED_PATHS]],
    ['ReadonlyPaths', privileged ? NIL_SLICE : [...READONLY_PATHS]],
    ['Init', c.hostConfig.Init ?? null, { omitempty: true, pointer: true }],
  ]);
}

/** The network the container's NetworkMode names (NetworkMode.NetworkName), or none. */
export function networkNames(c: Container): string[] {
  const mode = c.hostConfig.NetworkMode;
  if (mode.startsWith('container:')) return [];
  return [mode === 'default' || mode === '' ? 'bridge' : mode];
}

export function stateStruct(c: Container): GoStruct {
  const s = c.state;
  return goStruct('*container.State', [
    ['Status', stateString(s)],
    ['Running', s.running],
    ['Paused', s.paused],
    ['Restarting', s.restarting],
    ['OOMKilled', s.oomKilled],
    ['Dead', s.dead],
    ['Pid', s.pid],
    ['ExitCode', s.exitCode],
    ['Error', s.error],
    ['StartedAt', rfc3339Nano(s.startedAt)],
    ['FinishedAt', rfc3339Nano(s.finishedAt)],
    ['Health', null, { omitempty: true }],
  ]);
}

/** overlay2 GetMetadata (daemon/graphdriver/overlay2/overlay.go:281) as a Go map. */
export function overlayMetadata(cacheID: string, lowerIDs: readonly string[]): Map<string, string> {
  const dir = `${DOCKER_ROOT}/overlay2/${cacheID}`;
  const m = new Map<string, string>([
    ['WorkDir', `${dir}/work`],
    ['MergedDir', `${dir}/merged`],
    ['UpperDir', `${dir}/diff`],
  ]);
  if (lowerIDs.length > 0) m.set('LowerDir', lowerIDs.map((id) => `${DOCKER_ROOT}/overlay2/${id}/diff`).join(':'));
  return m;
}

/** A container's layer sizes (images/image_unix.go GetContainerLayerSize). */
export function containerSizes(c: Container): { sizeRw: number; sizeRootFs: number } {
  // overlay2 with native diff: DiffSize is directory.Size of the upper dir (overlay.go:706).
  const sizeRw = treeSize(c.rwLayer.upper);
  const parent = c.rwLayer.parent;
  const sizeRootFs = parent ? parent.chain().reduce((n, l) => n + l.size, 0) + sizeRw : 0;
  return { sizeRw, sizeRootFs };
}

/**
 * Whether the container has been through a start (successful or not): its runtime files, written
 * by the start path before the runtime is asked to run anything, exist.
 */
function startAttempted(d: Daemon, c: Container): boolean {
  return d.host.fs(ROOT).exists(`${d.layout.containerDir(c.id)}/hostname`);
}

export interface InspectOptions {
  size?: boolean;
}

/** The InspectResponse of a container found by `ref` (throws the daemon's NotFound). */
export function containerInspect(d: Daemon, ref: string, opts: InspectOptions = {}): GoStruct {
  const c = d.containers.get(ref);
  return inspectContainer(d, c, opts);
}

export function inspectContainer(d: Daemon, c: Container, opts: InspectOptions = {}): GoStruct {
  const started = startAttempted(d, c);
  const dir = d.layout.containerDir(c.id);
  const joined = joinedContainer(d, c);
  const netDir = joined ? d.layout.containerDir(joined.id) : dir;
  const rw = c.rwLayer;
  const lowers = [...(rw.initID ? [rw.initID] : []), ...(rw.parent ? rw.parent.chain().map((l) => l.cacheID) : [])];
  const sizes = opts.size ? containerSizes(c) : null;
  const mounts = mountPointsOf(c).map(mountPointStruct);
  return goStruct('container.InspectResponse', [
    ['ID', c.id, { json: 'Id' }],
    ['Created', rfc3339Nano(c.created)],
    ['Path', c.path],
    ['Args', [...c.args]],
    ['State', stateStruct(c)],
    ['Image', c.image],
    // initializeNetworkingPaths: a `container:` mode container uses the joined container's files.
    ['ResolvConfPath', started ? `${netDir}/resolv.conf` : ''],
    ['HostnamePath', started ? `${netDir}/hostname` : ''],
    ['HostsPath', started ? `${netDir}/hosts` : ''],
    ['LogPath', started ? `${dir}/${c.id}-json.log` : ''],
    ['Name', c.name],
    ['RestartCount', c.restartCount],
    ['Driver', 'overlay2'],
    ['Platform', 'linux'],
    ['MountLabel', ''],
    ['ProcessLabel', ''],
    // daemon/container_linux.go saveAppArmorConfig runs at start; the host has AppArmor.
    ['AppArmorProfile', started ? ((c.hostConfig as { Privileged?: boolean }).Privileged ? 'unconfined' : 'docker-default') : ''],
    ['ExecIDs', c.execIDs.length > 0 ? [...c.execIDs] : NIL_SLICE],
    ['HostConfig', hostConfigStruct(c)],
    ['GraphDriver', goStruct('storage.DriverData', [['Data', overlayMetadata(rw.mountID, lowers)], ['Name', 'overlay2']])],
    ['SizeRw', sizes ? sizes.sizeRw : null, { omitempty: true }],
    ['SizeRootFs', sizes ? sizes.sizeRootFs : null, { omitempty: true }],
    ['Mounts', mounts],
    ['Config', configStruct(c.config)],
    ['NetworkSettings', containerNetworkSettingsStruct(d, c)],
    ['ImageManifestDescriptor', null, { omitempty: true }],
  ]);
}
