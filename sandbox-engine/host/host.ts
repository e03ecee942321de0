/**
 * Composition of a simulated machine: clock, seeded randomness, the root MemFs behind a Vfs, device
 * nodes, the process table and the applet registry. `createHost` boots a fresh one; `restoreHost`
 * rebuilds one from `host.serialize()`.
 *
 * Example:
 *   const host = createHost({ seed: 7 });
 *   const fs = host.fs(host.credOf('student')!, '/home/student');
 *   fs.writeFile('a.txt', 'x');
 */
import { VirtualClock, DEFAULT_EPOCH_MS } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { MemFs } from '../vfs/memfs.ts';
import { Vfs, type FsView } from '../vfs/vfs.ts';
import { ROOT, type Cred } from '../vfs/types.ts';
import { restoreMemFs, serializeMemFs, type MemFsState } from '../vfs/serialize.ts';
import type { Applet, Flavour, HostServices, UnameInfo } from '../shell/process.ts';
import { APPLETS } from '../shell/applets/index.ts';
import { standardDevices } from './devices.ts';
import { HostProcessTable, type ProcessTableState } from './processes.ts';
import { buildBusyboxRootfs, buildGnuRootfs } from './rootfs.ts';
import { appletFor } from './exec.ts';
import { DOCKER_STATE_PART, installDocker, restoreDocker } from '../daemon/install.ts';
import { credOf, findUser } from './users.ts';
import type { Host, HostOptions, UserEntry } from './types.ts';

const ROOT_DEV = 0x801; // /dev/sda1-like st_dev for the root file system

/** 2: `parts` (Docker's state) added; a version-1 save has /var/lib/docker but no daemon. */
const HOST_STATE_VERSION = 2;

interface HostState {
  version: typeof HOST_STATE_VERSION;
  flavour: Flavour;
  hostname: string;
  clock: number;
  random: number;
  processes: ProcessTableState;
  rootfs: MemFsState;
  /** What the services installed on the host saved (see `addStatePart`), by name. */
  parts: Record<string, unknown>;
}

/**
 * How each part of a saved host comes back, by the name it was saved under. A part's restorer
 * runs once the host itself (disk, clock, random, processes) is back, in the order parts were
 * registered, and registers its part again.
 */
const PART_RESTORERS: Record<string, (host: SimHost, data: unknown) => void> = {
  [DOCKER_STATE_PART]: restoreDocker,
};

export class SimHost implements Host {
  readonly flavour: Flavour;
  readonly services: HostServices;
  readonly vfs: Vfs;
  readonly rootfs: MemFs;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly processes: HostProcessTable;
  private hostnameValue: string;
  /** Services listening on Unix sockets, by the socket file's real path. */
  readonly listeners = new Map<string, unknown>();
  /** Services whose state is saved with the host's, by part name (see addStatePart). */
  private readonly stateParts = new Map<string, () => unknown>();
  /** Where writes to /dev/tty go; the session points it at its terminal. */
  ttySink: (data: Uint8Array) => void = () => {};

  constructor(parts: { flavour: Flavour; hostname: string; clock: VirtualClock; random: SeededRandom; rootfs: MemFs; processes: HostProcessTable }) {
    this.flavour = parts.flavour;
    this.hostnameValue = parts.hostname;
    this.clock = parts.clock;
    this.random = parts.random;
    this.rootfs = parts.rootfs;
    this.processes = parts.processes;
    this.vfs = new Vfs(this.rootfs);
    for (const [rdev, dev] of standardDevices(this.random, { write: (d) => this.ttySink(d) })) this.vfs.devices.set(rdev, dev);
    const self = this;
    this.services = {
      clock: this.clock,
      random: this.random,
      processes: this.processes,
      hostname: () => self.hostnameValue,
      setHostname: (name: string) => self.setHostname(name),
      connect: (path: string) => {
        try {
          return self.listeners.get(self.vfs.view(ROOT).realpath(path));
        } catch {
          return undefined;
        }
      },
      uname: () => self.uname(),
    };
  }

  setHostname(name: string): void {
    this.hostnameValue = name;
  }

  uname(): UnameInfo {
    // A Debian 12 host kernel: containers share it, so `uname -r` agrees inside and out.
    return {
      sysname: 'Linux',
      nodename: this.hostnameValue,
      release: '6.1.0-41-amd64',
      version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.158-1 (2025-11-09)',
      machine: 'x86_64',
      os: 'GNU/Linux',
    };
  }

  fs(cred: Cred, cwd = '/'): FsView {
    return this.vfs.view(cred, cwd);
  }

  private rootView(): FsView {
    return this.vfs.view(ROOT, '/');
  }

  user(nameOrUid: string | number): UserEntry | undefined {
    return findUser(this.rootView(), nameOrUid);
  }

  credOf(nameOrUid: string | number): Cred | undefined {
    return credOf(this.rootView(), nameOrUid);
  }

  appletFor(path: string, argv0: string): Applet | undefined {
    return appletFor(this.rootView(), path, argv0);
  }

  spawn(info: { ppid: number; uid: number; argv: string[]; tty?: string }): number {
    return this.processes.add({ ppid: info.ppid, uid: info.uid, argv: [...info.argv], tty: info.tty ?? '?', startTime: this.clock.now(), state: 'R', pidns: 0 }).pid;
  }

  exit(pid: number): void {
    this.processes.remove(pid);
  }

  /**
   * A service installed on the host (Docker) saves its state with the host's: `serialize()` puts
   * what `save` returns (plain JSON) under `parts[name]`, and `restoreHost` hands it to the
   * restorer named the same in PART_RESTORERS. The host needs to know nothing else about it.
   */
  addStatePart(name: string, save: () => unknown): void {
    if (this.stateParts.has(name)) throw new Error(`host state part ${name} registered twice`);
    this.stateParts.set(name, save);
  }

  serialize(): HostState {
    return {
      version: HOST_STATE_VERSION,
      flavour: this.flavour,
      hostname: this.hostnameValue,
      clock: this.clock.now(),
      random: this.random.state(),
      processes: this.processes.serialize(),
      rootfs: serializeMemFs(this.rootfs),
      parts: Object.fromEntries([...this.stateParts].map(([name, save]) => [name, save()])),
    };
  }
}

export function createHost(opts: HostOptions = {}): SimHost {
  const flavour = opts.flavour ?? 'gnu';
  const hostname = opts.hostname ?? 'docker-host';
  const clock = new VirtualClock(opts.epochMs ?? DEFAULT_EPOCH_MS);
  const random = new SeededRandom(opts.seed ?? 1);
  const rootfs = new MemFs({ clock, dev: ROOT_DEV });
  const processes = new HostProcessTable(1);
  const host = new SimHost({ flavour, hostname, clock, random, rootfs, processes });
  const fs = host.fs(ROOT);
  const names = new Set(APPLETS.keys());
  if (flavour === 'gnu') buildGnuRootfs(fs.with({ umask: 0 }), rootfs, { hostname, applets: names });
  else buildBusyboxRootfs(fs.with({ umask: 0 }), rootfs, { hostname, applets: names });
  bootProcesses(host);
  if (flavour === 'gnu' && opts.docker !== false) installDocker(host);
  return host;
}

/** The processes a booted machine already has, before anyone logs in. */
function bootProcesses(host: SimHost): void {
  const t = host.clock.now();
  const add = (argv: string[], ppid = 1) => host.processes.add({ ppid, uid: 0, argv, tty: '?', startTime: t, state: 'S', pidns: 0 });
  if (host.flavour === 'gnu') {
    add(['/sbin/init'], 0);
    host.processes.reserve(612);
    add(['/usr/bin/containerd']);
    host.processes.reserve(705);
    add(['/usr/sbin/dockerd', '-H', 'fd://', '--containerd=/run/containerd/containerd.sock']);
    host.processes.reserve(1200);
  } else {
    add(['/sbin/init'], 0);
    host.processes.reserve(100);
  }
}

export function restoreHost(data: unknown): SimHost {
  const s = data as HostState;
  if (!s || typeof s !== 'object' || !s.rootfs) throw new Error('not a dockersim host state');
  if (s.version !== HOST_STATE_VERSION) throw new Error(`host state version ${String(s.version)}; this engine reads ${HOST_STATE_VERSION}`);
  const unknownPart = Object.keys(s.parts).find((name) => !Object.hasOwn(PART_RESTORERS, name));
  if (unknownPart !== undefined) throw new Error(`host state has a part this engine cannot restore: ${unknownPart}`);
  const clock = new VirtualClock(s.clock);
  const random = SeededRandom.restore(s.random);
  const rootfs = restoreMemFs(s.rootfs, clock);
  const processes = HostProcessTable.restore(s.processes);
  const host = new SimHost({ flavour: s.flavour, hostname: s.hostname, clock, random, rootfs, processes });
  for (const [name, part] of Object.entries(s.parts)) PART_RESTORERS[name](host, part);
  return host;
}
