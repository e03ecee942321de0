/**
 * GET /info and GET /version (moby v28.5.2 daemon/info.go SystemInfo / SystemVersion,
 * info_unix.go fillPlatformInfo): what the daemon reports about itself and the host.
 *
 * The host is a Debian 12 VM with Docker CE 28.5.2 from download.docker.com: cgroup v2 with the
 * systemd driver, AppArmor and seccomp, containerd 1.7.28 / runc 1.3.0 from the containerd.io
 * package (the versions Docker CE 28.5 shipped with; recorded `docker version` outputs), 2 CPUs
 * and the memory the host's `ps` assumes. Machine-dependent values are fixed here so that every
 * session prints the same; the engine ID comes from the daemon (engine-id).
 */
import { stateString } from '../container/state.ts';
import { rfc3339Nano } from '../util/time.ts';
import { goStruct, NIL_MAP, NIL_SLICE, type GoStruct } from '../api/gostruct.ts';
import { API_VERSION, ENGINE_VERSION, type Daemon } from './daemon.ts';
import { DOCKER_ROOT } from './layout.ts';

export const MIN_API_VERSION = '1.24';
export const ENGINE_GIT_COMMIT = '89c5e8f';
export const GO_VERSION = 'go1.25.3';
/** dockerversion.BuildTime as the docker-ce build sets it; the CLI prints it in ANSIC. */
export const ENGINE_BUILD_TIME = '2025-11-05T14:43:33.000000000+00:00';
export const PLATFORM_NAME = 'Docker Engine - Community';
export const KERNEL_VERSION = '6.1.0-41-amd64';
export const OPERATING_SYSTEM = 'Debian GNU/Linux 12 (bookworm)';
export const NCPU = 2;
/** MemTotal of /proc/meminfo (kB × 1024), the figure the host's `ps` uses. */
export const MEM_TOTAL = 4_025_424 * 1024;
export const CONTAINERD = { version: 'v1.7.28', commit: 'b98a3aace656320842a23f4a392a33f46af97866' };
export const RUNC = { version: '1.3.0', commit: 'v1.3.0-0-g4ca628d1' };
export const DOCKER_INIT = { version: '0.19.0', commit: 'de40ad0' };

/** overlay2 Driver.Status() (daemon/graphdriver/overlay2/overlay.go:269) on an ext4 root. */
export const OVERLAY2_STATUS: ReadonlyArray<readonly [string, string]> = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
];

/** Container counts as metrics.StateCtr keeps them: paused, running, everything else stopped. */
export function containerCounts(d: Daemon): { running: number; paused: number; stopped: number } {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  for (const c of d.containers.all()) {
    const s = stateString(c.state);
    if (s === 'paused') paused++;
    else if (c.state.running) running++;
    else stopped++;
  }
  return { running, paused, stopped };
}

const pair = (p: readonly [string, string]) => [p[0], p[1]];

function registryConfig(): GoStruct {
  // ServiceConfig.MarshalJSON goes through a map: keys sorted on the wire.
  const index = goStruct('*registry.IndexInfo', [
    ['Name', 'docker.io'],
    ['Mirrors', []],
    ['Secure', true],
    ['Official', true],
  ]);
  return goStruct('*registry.ServiceConfig', [
    ['AllowNondistributableArtifactsCIDRs', NIL_SLICE, { omitempty: true }],
    ['AllowNondistributableArtifactsHostnames', NIL_SLICE, { omitempty: true }],
    ['InsecureRegistryCIDRs', ['::1/128', '127.0.0.0/8']],
    ['IndexConfigs', new Map([['docker.io', index]])],
    ['Mirrors', []],
  ], { viaMap: true });
}

function runtime(): GoStruct {
  return goStruct('system.RuntimeWithStatus', [
    ['Path', 'runc', { json: 'path', omitempty: true }],
    ['Args', NIL_SLICE, { json: 'runtimeArgs', omitempty: true }],
    ['Type', '', { json: 'runtimeType', omitempty: true }],
    ['Options', NIL_MAP, { json: 'options', omitempty: true }],
    ['Status', NIL_MAP, { json: 'status', omitempty: true }],
  ]);
}

const commit = (id: string) => goStruct('system.Commit', [['ID', id], ['Expected', '', { omitempty: true }]]);

/** system.Info for GET /info. */
export function systemInfo(d: Daemon): GoStruct {
  const n = containerCounts(d);
  return goStruct('*system.Info', [
    ['ID', d.engineID],
    ['Containers', n.running + n.paused + n.stopped],
    ['ContainersRunning', n.running],
    ['ContainersPaused', n.paused],
    ['ContainersStopped', n.stopped],
    ['Images', d.images.all().length],
    ['Driver', 'overlay2'],
    ['DriverStatus', OVERLAY2_STATUS.map(pair)],
    ['SystemStatus', NIL_SLICE, { omitempty: true }],
    [
      'Plugins',
      goStruct('system.PluginsInfo', [
        ['Volume', ['local']],
        ['Network', ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay']],
        ['Authorization', NIL_SLICE],
        ['Log', ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog']],
      ]),
    ],
    ['MemoryLimit', true],
    ['SwapLimit', true],
    ['KernelMemory', false, { omitempty: true }],
    ['KernelMemoryTCP', false, { omitempty: true }],
    ['CPUCfsPeriod', true, { json: 'CpuCfsPeriod' }],
    ['CPUCfsQuota', true, { json: 'CpuCfsQuota' }],
    ['CPUShares', true],
    ['CPUSet', true],
    ['PidsLimit', true],
    ['IPv4Forwarding', true],
    ['Debug', false],
    ['NFd', 27],
    ['OomKillDisable', false],
    ['NGoroutines', 43],
    ['SystemTime', rfc3339Nano(d.now())],
    ['LoggingDriver', 'json-file'],
    ['CgroupDriver', 'systemd'],
    ['CgroupVersion', '2', { omitempty: true }],
    ['NEventsListener', 0],
    ['KernelVersion', KERNEL_VERSION],
    ['OperatingSystem', OPERATING_SYSTEM],
    ['OSVersion', '12'],
    ['OSType', 'linux'],
    ['Architecture', 'x86_64'],
    ['IndexServerAddress', 'https://index.docker.io/v1/'],
    ['RegistryConfig', registryConfig()],
    ['NCPU', NCPU],
    ['MemTotal', MEM_TOTAL],
    ['GenericResources', NIL_SLICE],
    ['DockerRootDir', DOCKER_ROOT],
    ['HTTPProxy', '', { json: 'HttpProxy' }],
    ['HTTPSProxy', '', { json: 'HttpsProxy' }],
    ['NoProxy', ''],
    ['Name', d.host.services.hostname()],
    ['Labels', []],
    ['ExperimentalBuild', false],
    ['ServerVersion', ENGINE_VERSION],
    ['Runtimes', new Map([['io.containerd.runc.v2', runtime()], ['runc', runtime()]])],
    ['DefaultRuntime', 'runc'],
    [
      'Swarm',
      goStruct('swarm.Info', [
        ['NodeID', ''],
        ['NodeAddr', ''],
        ['LocalNodeState', 'inactive'],
        ['ControlAvailable', false],
        ['Error', ''],
        ['RemoteManagers', NIL_SLICE],
        ['Nodes', 0, { omitempty: true }],
        ['Managers', 0, { omitempty: true }],
        ['Cluster', null, { omitempty: true }],
        ['Warnings', NIL_SLICE, { omitempty: true }],
      ]),
    ],
    ['LiveRestoreEnabled', false],
    ['Isolation', ''],
    ['InitBinary', 'docker-init'],
    ['ContainerdCommit', commit(CONTAINERD.commit)],
    ['RuncCommit', commit(RUNC.commit)],
    ['InitCommit', commit(DOCKER_INIT.commit)],
    ['SecurityOptions', ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns']],
    ['ProductLicense', 'Community Engine', { omitempty: true }],
    ['DefaultAddressPools', NIL_SLICE, { omitempty: true }],
    ['FirewallBackend', goStruct('*system.FirewallInfo', [['Driver', 'iptables'], ['Info', NIL_SLICE, { omitempty: true }]]), { omitempty: true }],
    ['CDISpecDirs', ['/etc/cdi', '/var/run/cdi']],
    ['DiscoveredDevices', [], { omitempty: true }],
    [
      'Containerd',
      goStruct('*system.ContainerdInfo', [
        ['Address', '/run/containerd/containerd.sock', { omitempty: true }],
        ['Namespaces', goStruct('system.ContainerdNamespaces', [['Containers', 'moby'], ['Plugins', 'plugins.moby']])],
      ]),
      { omitempty: true },
    ],
    ['Warnings', NIL_SLICE],
  ]);
}

function component(name: string, version: string, details: Record<string, string>): GoStruct {
  return goStruct('types.ComponentVersion', [
    ['Name', name],
    ['Version', version],
    ['Details', new Map(Object.entries(details)), { omitempty: true }],
  ]);
}

/** types.Version for GET /version. */
export function systemVersion(): GoStruct {
  return goStruct('*types.Version', [
    ['Platform', goStruct('struct { Name string }', [['Name', PLATFORM_NAME]]), { omitempty: true }],
    [
      'Components',
      [
        component('Engine', ENGINE_VERSION, {
          GitCommit: ENGINE_GIT_COMMIT,
          ApiVersion: API_VERSION,
          MinAPIVersion: MIN_API_VERSION,
          GoVersion: GO_VERSION,
          Os: 'linux',
          Arch: 'amd64',
          BuildTime: ENGINE_BUILD_TIME,
          KernelVersion: KERNEL_VERSION,
          Experimental: 'false',
        }),
        component('containerd', CONTAINERD.version, { GitCommit: CONTAINERD.commit }),
        component('runc', RUNC.version, { GitCommit: RUNC.commit }),
        component('docker-init', DOCKER_INIT.version, { GitCommit: DOCKER_INIT.commit }),
      ],
      { omitempty: true },
    ],
    ['Version', ENGINE_VERSION],
    ['APIVersion', API_VERSION, { json: 'ApiVersion' }],
    ['MinAPIVersion', MIN_API_VERSION, { omitempty: true }],
    ['GitCommit', ENGINE_GIT_COMMIT],
    ['GoVersion', GO_VERSION],
    ['Os', 'linux'],
    ['Arch', 'amd64'],
    ['KernelVersion', KERNEL_VERSION, { omitempty: true }],
    ['Experimental', false, { omitempty: true }],
    ['BuildTime', ENGINE_BUILD_TIME, { omitempty: true }],
  ]);
}
