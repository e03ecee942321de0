/**
 * POST /containers/{id}/start (moby daemon/start.go): mount the container's root, set up its
 * namespaces, start PID 1 and mark it running. The process then runs on its own; `onExit` (below)
 * records how it ended, unmounts, and removes the container when it was run with --rm.
 *
 * Failure to start the program (not found, not executable, unknown user) is the OCI runtime's
 * error, wrapped as Engine 28 wraps it (libcontainerd/remote/client.go:238 "failed to create task
 * for container"; the runc part as runc 1.2 words it). The container then stays `created`, with
 * ExitCode 127 or 126 and the error in State.Error, as a real engine leaves it.
 */
import { conflict, DaemonError, system } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import { setRunning, setStopped } from '../container/state.ts';
import { ContainerProcess, passiveClock } from '../runtime/container-process.ts';
import { envMap, lookPath } from '../runtime/exec.ts';
import { NamespaceHost } from '../runtime/namespace-host.ts';
import { containerVfs, setNetInterfaces, writeProcMounts } from '../runtime/rootfs.ts';
import { allocateNetwork, initializeSandbox, interfacesOf, joinedContainer, namespaceFiles, releaseNetwork } from '../network/sandbox.ts';
import { DEFAULT_HOSTS } from '../network/etchosts.ts';
import { resolvConf } from '../network/resolvconf.ts';
import { parseNetworkMode } from '../network/mode.ts';
import { isFsError } from '../vfs/errors.ts';
import { procMountsText } from '../runtime/proc-mounts.ts';
import { mountVolumes, unmountVolumes } from '../volume/setup.ts';
import { initArgv, mountInit } from '../runtime/init.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import { utf8 } from '../util/text.ts';
import { rfc3339Nano } from '../util/time.ts';
import { goString } from '../util/gojson.ts';
import type { Daemon } from './daemon.ts';
import { containerConfigJSON } from './persist.ts';
import { resolveUser } from './user.ts';
import type { ContainerOutput } from './running.ts';
import { Freezer, frozenClock, frozenInput, frozenOutput } from '../runtime/freezer.ts';
import { ContainerStdin } from '../runtime/stdin.ts';
import { ttyOutput } from '../runtime/tty.ts';
import { SIGKILL } from '../runtime/container-process.ts';
import { routeHostSignals } from './host-signals.ts';
import { daemonEnvironment } from './exec.ts';

export interface AttachStreams {
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
}

/** A stream that appends each line to the container's json-file log, and copies it to attached clients. */
class LogStream implements ContainerOutput {
  readonly isTTY: boolean;
  private partial = '';
  private readonly dec = new TextDecoder();
  private readonly d: Daemon;
  private readonly c: Container;
  private readonly stream: 'stdout' | 'stderr';
  /** Attached clients, each as given and as written to (through the terminal's ONLCR with -t). */
  private readonly sinks = new Map<OutputStream, OutputStream>();
  constructor(d: Daemon, c: Container, stream: 'stdout' | 'stderr', attached: OutputStream | undefined) {
    this.d = d;
    this.c = c;
    this.stream = stream;
    this.isTTY = c.config.Tty;
    if (attached) this.attach(attached);
  }
  attach(client: OutputStream): void {
    this.sinks.set(client, this.c.config.Tty ? ttyOutput(client) : client);
  }
  detach(client: OutputStream): void {
    this.sinks.delete(client);
  }
  async write(data: string | Uint8Array): Promise<void> {
    const text = typeof data === 'string' ? data : this.dec.decode(data, { stream: true });
    this.partial += text;
    let i: number;
    while ((i = this.partial.indexOf('\n')) >= 0) {
      this.record(this.partial.slice(0, i + 1));
      this.partial = this.partial.slice(i + 1);
    }
    for (const sink of [...this.sinks.values()]) {
      try {
        await sink.write(typeof data === 'string' ? utf8(data) : data);
      } catch {
        // A client that went away stops getting output; the container carries on.
      }
    }
  }
  flush(): void {
    if (this.partial !== '') this.record(this.partial);
    this.partial = '';
  }
  private record(line: string): void {
    const time = this.d.now();
    // With a TTY both streams are one (stdout), and lines end in \r\n as the terminal driver makes them.
    const stream = this.c.config.Tty ? 'stdout' : this.stream;
    const text = this.c.config.Tty ? line.replace(/\n$/, '\r\n') : line;
    this.c.log.push({ stream, time, text });
    this.d.layout.appendLog(this.c.id, `{"log":${goString(text)},"stream":"${stream}","time":"${rfc3339Nano(time)}"}\n`);
  }
}

/**
 * A start that failed in the network setup (moby v28.5.2 daemon/start.go:106-112): the error is
 * recorded in the state and an exit code of 0 becomes 128 (exitUnknown, daemon/errors.go:124).
 */
function networkFailure(d: Daemon, c: Container, e: unknown): never {
  if (e instanceof DaemonError) {
    if (c.state.exitCode === 0) c.state.exitCode = 128;
    c.state.error = e.message;
    d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
  }
  throw e;
}

export function startContainer(d: Daemon, c: Container, attach: AttachStreams = {}): void {
  if (c.state.paused) throw conflict('cannot start a paused container, try unpause instead');
  if (c.state.running) return;
  if (c.state.removalInProgress || c.state.dead) throw conflict('container is marked for removal and cannot be started');
  try {
    startPrepared(d, c, attach);
  } catch (e) {
    // moby v28.5.2 daemon/start.go containerStart's deferred cleanup: a container run with --rm
    // is removed (ForceRemove, RemoveVolume) when it fails to start.
    if (c.hostConfig.AutoRemove && !c.state.running) autoRemove?.(d, c);
    throw e;
  }
}

function startPrepared(d: Daemon, c: Container, attach: AttachStreams): void {
  const host = d.host;
  // initializeNetworking: the network sandbox, or the running container whose namespace (and
  // hostname, hosts and resolv.conf) a `--network container:` container joins (network/sandbox.ts).
  try {
    initializeSandbox(d, c);
  } catch (e) {
    networkFailure(d, c, e);
  }
  const joined = joinedContainer(d, c);
  const dir = d.layout.containerDir(c.id);
  const netDir = joined ? d.layout.containerDir(joined.id) : dir;
  const rootFs = host.fs({ uid: 0, gid: 0, groups: [0] });
  // A host file that is missing reads as empty (resolvconf.Load and buildHostsFile's copy ignore
  // ENOENT: no nameserver left means the defaults).
  const hostFile = (path: string): string => {
    try {
      return rootFs.readText(path);
    } catch (e) {
      if (isFsError(e)) return '';
      throw e;
    }
  };
  // setupResolutionFiles: hosts without the container's addresses yet, resolv.conf from the
  // host's (host networking: the host's hosts file); they are rewritten once it is connected.
  const resolv = resolvConf(hostFile('/etc/resolv.conf'), false);
  d.layout.addRuntimeFiles(c.id, {
    hostname: `${c.config.Hostname}\n`,
    hosts: joined ? hostFile(`${netDir}/hosts`) : parseNetworkMode(c.hostConfig.NetworkMode).kind === 'host' ? hostFile('/etc/hosts') : DEFAULT_HOSTS,
    resolvConf: joined ? hostFile(`${netDir}/resolv.conf`) : resolv.text,
    resolvHash: joined ? hostFile(`${netDir}/resolv.conf.hash`) : resolv.hash,
  });
  const root = c.rwLayer.mount();
  d.layout.mountMerged(c.rwLayer, root);
  const vfs = containerVfs({ host, root, readOnly: c.hostConfig.ReadonlyRootfs, containerDir: netDir, allocDev: () => d.layers.mountDev() });
  try {
    // setupMounts: volumes, binds and tmpfs (volume/setup.ts records a failure in the state).
    const mounts = mountVolumes(d, c, vfs);
    writeProcMounts(vfs, procMountsText({ lower: c.rwLayer.lower, mountID: c.rwLayer.mountID, readOnlyRoot: c.hostConfig.ReadonlyRootfs, mounts }));
  } catch (e) {
    d.layout.unmountMerged(c.rwLayer);
    c.rwLayer.unmount();
    releaseNetwork(d, c);
    d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
    throw e;
  }
  if (c.hostConfig.Init) mountInit(host, vfs, root);
  // With --init, runc starts /sbin/docker-init, which runs the command as its child.
  const argv = c.hostConfig.Init ? initArgv([c.path, ...c.args]) : [c.path, ...c.args];
  const flavour = root.lstat('/bin/busybox') ? 'busybox' : 'gnu';
  c.pidns = d.allocPidNamespace();
  // docker pause freezes every process of the container: their clock, reads and writes wait (freezer.ts).
  const freezer = new Freezer();
  const ns = new NamespaceHost({ kernel: host, vfs, hostname: c.config.Hostname, flavour, pidns: c.pidns, clock: frozenClock(passiveClock(host.clock), freezer) });
  const user = resolveUser(ns, c.config.User);
  if ('error' in user) {
    unmountVolumes(d, c);
    d.layout.unmountMerged(c.rwLayer);
    c.rwLayer.unmount();
    releaseNetwork(d, c);
    throw system(user.error);
  }
  // container.CreateDaemonEnvironment; runc then adds HOME from the user's passwd entry when unset.
  const env = daemonEnvironment(c, c.config.Tty);
  if (!env.some((e) => e.startsWith('HOME='))) env.push(`HOME=${user.home}`);
  const cwd = c.config.WorkingDir || '/';
  const found = lookPath(ns, argv[0], envMap(env), user.cred, cwd);
  if (!('path' in found)) {
    // runc fails before PID 1 exists: the container stays "created" with the error recorded.
    unmountVolumes(d, c);
    d.layout.unmountMerged(c.rwLayer);
    c.rwLayer.unmount();
    releaseNetwork(d, c);
    c.state.exitCode = found.status;
    const err = startError(found.message);
    c.state.error = err.message;
    d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
    throw err;
  }
  // initializeCreatedTask → allocateNetwork: the endpoint, once runc has created the task.
  try {
    allocateNetwork(d, c);
  } catch (e) {
    unmountVolumes(d, c);
    d.layout.unmountMerged(c.rwLayer);
    c.rwLayer.unmount();
    releaseNetwork(d, c);
    networkFailure(d, c, e);
  }
  if (!joined) {
    const files = namespaceFiles(d, c, hostFile('/etc/hosts'), hostFile('/etc/resolv.conf'));
    d.layout.addRuntimeFiles(c.id, { hostname: `${c.config.Hostname}\n`, hosts: files.hosts, resolvConf: files.resolv.text, resolvHash: files.resolv.hash });
  }
  setNetInterfaces(vfs, interfacesOf(d, c));
  const stdout = new LogStream(d, c, 'stdout', attach.stdout);
  const stderr = new LogStream(d, c, 'stderr', attach.stderr);
  const stdin = new ContainerStdin({ tty: c.config.Tty, open: c.config.OpenStdin, once: c.config.StdinOnce });
  if (attach.stdin) stdin.connect(attach.stdin);
  const shim = host.spawn({ ppid: 1, uid: 0, argv: ['/usr/bin/containerd-shim-runc-v2', '-namespace', 'moby', '-id', c.id, '-address', '/run/containerd/containerd.sock'] });
  let startedPid = 0;
  const proc = new ContainerProcess(
    {
      ns,
      argv,
      env,
      cred: user.cred,
      cwd,
      tty: c.config.Tty,
      stdin: frozenInput(stdin, freezer),
      stdout: frozenOutput(stdout, freezer),
      stderr: frozenOutput(stderr, freezer),
      ppid: shim,
      freezer,
    },
    (pid) => (startedPid = pid),
  );
  setRunning(c.state, 0, d.now());
  routeHostSignals(d);
  d.running.set(c.id, { proc, shim, stdout, stderr, ns, freezer, stdin, execs: new Set() });
  void proc.exited.then((exit) => {
    stdout.flush();
    stderr.flush();
    onExit(d, c, exit.status, exit.error);
  });
  c.state.pid = startedPid;
  d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
}

/** Called when PID 1 ends: the whole namespace goes, the state records the exit. */
export function onExit(d: Daemon, c: Container, status: number, error?: string): void {
  const r = d.running.get(c.id);
  d.running.delete(c.id);
  if (r) {
    // The whole PID namespace goes with its init: exec'd processes die, reads end, a frozen one is let go.
    for (const p of r.execs) p.signal(SIGKILL, false);
    r.stdin.close();
    r.freezer.thaw();
  }
  for (const p of d.host.processes.list()) if (p.pidns === c.pidns && c.pidns !== 0) d.host.processes.remove(p.pid);
  if (r) d.host.processes.remove(r.shim);
  setStopped(c.state, status, d.now());
  if (error) c.state.error = error;
  // daemon.Cleanup → releaseNetwork: endpoints, addresses and the sandbox go.
  releaseNetwork(d, c);
  // container.UnmountVolumes: volumes mounted for it lose a user; its tmpfs mounts are gone.
  unmountVolumes(d, c);
  d.layout.unmountMerged(c.rwLayer);
  c.rwLayer.unmount();
  d.layout.updateContainerConfig(c.id, containerConfigJSON(d, c));
  d.exitListeners.get(c.id)?.forEach((fn) => fn(status));
  d.exitListeners.delete(c.id);
  if (c.hostConfig.AutoRemove) autoRemove?.(d, c);
}

/** Set by daemon/delete.ts (kept as a hook so start does not import delete). */
export let autoRemove: ((d: Daemon, c: Container) => void) | undefined;
export function setAutoRemove(fn: (d: Daemon, c: Container) => void): void {
  autoRemove = fn;
}

/** Resolves with the exit status when the container's PID 1 ends (now, if it is not running). */
export function whenExited(d: Daemon, c: Container): Promise<number> {
  if (!c.state.running) return Promise.resolve(c.state.exitCode);
  return new Promise((resolve) => {
    const l = d.exitListeners.get(c.id) ?? [];
    l.push(resolve);
    d.exitListeners.set(c.id, l);
  });
}

export function startError(message: string): DaemonError {
  // Engine 28: libcontainerd wraps the shim's error; runc 1.2 words the init failure.
  const desc = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${message}: unknown`;
  // moby v28.5.2 daemon/errors.go:152 setExitCodeFromError: an EISDIR error gets ": permission
  // denied" appended so that the CLI picks 126 (it looks for EACCES's text).
  const lower = desc.toLowerCase();
  if (!lower.includes('permission denied') && lower.includes('is a directory')) return system(`${desc}: permission denied`);
  return system(desc);
}
