/**
 * A RUN step: BuildKit's executor runs the command with runc on a snapshot of the current
 * layers; what it changed becomes the step's layer. Here: a writable layer on the build's top
 * layer (no init layer, as BuildKit's snapshots have none), the container mount namespace of
 * runtime/rootfs.ts (/etc/hostname, /etc/hosts and /etc/resolv.conf bind-mounted from a
 * per-run directory, so they never reach the layer, as bk:executor/stubs.go arranges), a PID
 * namespace, and runtime/exec.ts to start the program. Hostname `buildkitsandbox`.
 * RUN --mount file systems (run-mounts.ts) go on top; the stubs made for their targets are
 * removed again when empty, with the parent's times restored (bk:executor/stubs.go
 * MountStubsCleaner, recursive as dockerfile2llb asks), so mounts leave no trace in the layer.
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Layer } from '../layer/layer-store.ts';
import { NamespaceHost } from '../runtime/namespace-host.ts';
import { containerVfs } from '../runtime/rootfs.ts';
import { execProgram, envMap } from '../runtime/exec.ts';
import { resolveUser } from '../daemon/user.ts';
import { BytesInput } from '../shell/streams.ts';
import { ROOT } from '../vfs/types.ts';
import { fromUtf8 } from '../util/text.ts';
import type { FsView, Vfs } from '../vfs/vfs.ts';
import type { RunMount } from './run-mounts.ts';
import { stepNetwork, type BuildNetworkMode } from '../network/build-step.ts';

export interface RunParams {
  argv: string[];
  env: string[];
  user: string;
  workdir: string;
  /** Receives the program's stdout and stderr, in order of writing. */
  output: (text: string) => void;
  /** RUN --mount file systems, in order. */
  mounts?: readonly RunMount[];
  /** The step's network mode (network/build-step.ts); `default` joins the default bridge. */
  network?: BuildNetworkMode;
}

export type RunOutcome = { ok: true; tar: Uint8Array } | { ok: false; status: number; message?: string };

/** bk:executor/oci/hosts.go defaultHosts with the sandbox hostname. */
const HOSTS = '127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n';

/** Virtual time runc takes to set up and tear down the step's container. */
const SETUP_MS = 60;
const TEARDOWN_MS = 40;

export async function runInLayer(d: Daemon, top: Layer | null, p: RunParams): Promise<RunOutcome> {
  const id = d.generateID();
  const rw = d.layers.createRWLayer(`buildkit-${id}`, top, null);
  const hostFs = d.host.fs(ROOT);
  const dir = `/var/lib/docker/buildkit/executor/${id.slice(0, 25)}`;
  if (!hostFs.exists('/var/lib/docker/buildkit')) hostFs.mkdir('/var/lib/docker/buildkit', 0o711);
  if (!hostFs.exists('/var/lib/docker/buildkit/executor')) hostFs.mkdir('/var/lib/docker/buildkit/executor', 0o700);
  hostFs.mkdir(dir, 0o700);
  hostFs.writeFile(`${dir}/hostname`, 'buildkitsandbox\n');
  hostFs.writeFile(`${dir}/hosts`, HOSTS);
  hostFs.writeFile(`${dir}/resolv.conf`, hostFs.readText('/etc/resolv.conf'));
  const net = stepNetwork(d, `buildkit-${id}`, p.network ?? 'default');
  try {
    const root = rw.mount();
    const vfs = containerVfs({ host: d.host, root, readOnly: false, containerDir: dir, allocDev: () => d.layers.mountDev(), interfaces: net.interfaces });
    const flavour = root.lstat('/bin/busybox') ? 'busybox' : 'gnu';
    const ns = new NamespaceHost({ kernel: d.host, vfs, hostname: 'buildkitsandbox', flavour, pidns: d.allocPidNamespace() });
    const user = resolveUser(ns, p.user);
    if ('error' in user) return { ok: false, status: 1, message: user.error };
    // The executor creates the working directory when it is missing (bk:executor/oci/spec.go).
    const view = vfs.view(ROOT);
    if (!view.exists(p.workdir)) mkdirAll(view, p.workdir);
    const stubs = mountAll(vfs, view, p.mounts ?? []);
    const env = [...p.env];
    if (!envMap(env).HOME) env.push(`HOME=${user.home}`);
    await d.host.clock.advance(SETUP_MS);
    const out = { isTTY: false, write: async (data: string | Uint8Array) => p.output(typeof data === 'string' ? data : fromUtf8(data)) };
    const r = await execProgram(ns, {
      argv: p.argv,
      env,
      cred: user.cred,
      cwd: p.workdir,
      stdin: new BytesInput(''),
      stdout: out,
      stderr: out,
      tty: '?',
      ppid: 1,
    });
    for (const proc of d.host.processes.list()) if (proc.pidns === ns.pidns) d.host.processes.remove(proc.pid);
    for (const m of [...(p.mounts ?? [])].reverse()) vfs.unmount(m.target);
    removeStubs(view, stubs);
    await d.host.clock.advance(TEARDOWN_MS);
    if (r.kind === 'failed') {
      p.output(`${r.message}\n`);
      return { ok: false, status: r.status };
    }
    if (r.status !== 0) return { ok: false, status: r.status };
    return { ok: true, tar: rw.tarStream() };
  } finally {
    net.release();
    d.layers.releaseRWLayer(rw);
    for (const f of ['hostname', 'hosts', 'resolv.conf']) hostFs.unlink(`${dir}/${f}`);
    hostFs.rmdir(dir);
  }
}

function mkdirAll(view: { exists(p: string): boolean; mkdir(p: string, mode?: number): void }, path: string): void {
  let cur = '';
  for (const part of path.split('/').filter(Boolean)) {
    cur += `/${part}`;
    if (!view.exists(cur)) view.mkdir(cur, 0o755);
  }
}

/**
 * Mount each file system at its target, first creating what is missing of the target path
 * (directories, and an empty file for a file mount) as runc does; returns the paths created,
 * innermost first for each mount, as MountStubsCleaner lists them.
 */
function mountAll(vfs: Vfs, view: FsView, mounts: readonly RunMount[]): string[] {
  const created: string[] = [];
  for (const m of mounts) {
    const parts = m.target.split('/').filter(Boolean);
    const made: string[] = [];
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      cur += `/${parts[i]}`;
      if (view.exists(cur)) continue;
      if (i === parts.length - 1 && m.isFile) view.writeFile(cur, '', { mode: 0o644 });
      else view.mkdir(cur, 0o755);
      made.unshift(cur);
    }
    created.push(...made);
    vfs.mount(m.target, m.backend, { source: m.source, readOnly: m.readOnly });
  }
  return created;
}

/** stubs.go: remove each stub still empty, keeping its parent's atime and mtime. */
function removeStubs(view: FsView, paths: readonly string[]): void {
  for (const p of paths) {
    let st;
    try {
      st = view.lstat(p);
    } catch {
      continue;
    }
    if (st.kind === 'dir' ? view.readdir(p).length !== 0 : st.size !== 0) continue;
    const parent = p.slice(0, p.lastIndexOf('/')) || '/';
    const ps = view.stat(parent);
    if (st.kind === 'dir') view.rmdir(p);
    else view.unlink(p);
    view.utimes(parent, ps.atime, ps.mtime);
  }
}
