/**
 * `RUN --mount=…`: what each mount puts in the step's container, after BuildKit v0.25.2
 * (frontend/dockerfile/dockerfile2llb/convert_runmount.go, convert_secrets.go, convert_ssh.go and
 * solver/llbsolver/mounts/mount.go). Every mount is a file system of its own laid over the
 * step's root, so nothing written under it reaches the step's layer:
 * - bind: a fresh copy of the context (or of a stage's / an image's files) per run, so even
 *   with `rw` the writes are thrown away;
 * - cache: a directory the builder keeps across builds (cache-mounts.ts), by id (default: target);
 * - tmpfs: an empty file system per run;
 * - secret: one file (mode 0400 unless `mode=`) holding the value the client sent, or an env var;
 * - ssh: without `--ssh` no agent is forwarded: an optional mount is skipped (the socket path is
 *   still exported in SSH_AUTH_SOCK), a required one fails.
 * Relative targets are taken from the working directory (dispatchRunMounts).
 */
import type { Daemon } from '../daemon/daemon.ts';
import type { Backend } from '../vfs/types.ts';
import type { Mount } from './dockerfile/index.ts';
import type { BuildContext } from './context.ts';
import { MemFs } from '../vfs/memfs.ts';
import { digestOf } from '../layer/digest.ts';
import { utf8 } from '../util/text.ts';
import { cacheMountFs } from './cache-mounts.ts';

export interface RunMount {
  target: string;
  backend: Backend;
  /** Path inside the backend that appears at target. */
  source: string;
  readOnly: boolean;
  /** A file mount needs a file stub at the target, a directory mount a directory. */
  isFile: boolean;
}

export interface PreparedMounts {
  mounts: RunMount[];
  env: string[];
  /** What the mounts add to the step's cache key (bind contents; never secret values). */
  key: unknown[];
}

/** A failure of a mount, with BuildKit's text (`vertexMessage` when the vertex's line differs). */
export class MountError extends Error {
  readonly vertexMessage: string | undefined;
  constructor(message: string, vertexMessage?: string) {
    super(message);
    this.vertexMessage = vertexMessage;
  }
}

export interface MountSources {
  context: BuildContext;
  /** from=<stage or image>: its files, or null when neither exists. */
  filesOf: (from: string, source: string) => BuildContext | null;
  secrets: ReadonlyMap<string, Uint8Array>;
  workdir: string;
  /** --no-cache: the cache ids already started afresh in this build (null without --no-cache). */
  freshCaches: Set<string> | null;
  /** The contenthash error for a missing source (build.ts makes the ref id as for COPY). */
  notFound: (path: string) => MountError;
}

export function cleanAbs(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function baseName(p: string): string {
  const c = cleanAbs(p);
  return c === '/' ? '/' : c.slice(c.lastIndexOf('/') + 1);
}

/** A fresh file system holding the context's entries (owners kept, root's by default). */
function contextFs(d: Daemon, ctx: BuildContext): MemFs {
  const fs = new MemFs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: 0o755 });
  const paths = [...ctx.entries.keys()].sort();
  for (const p of paths) {
    const e = ctx.entries.get(p)!;
    const abs = `/${p}`;
    // Parents the selection skipped (a stage's single file) are plain directories.
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      if (!fs.lstat(dir)) fs.create(dir, 'dir', { mode: 0o755, uid: 0, gid: 0 });
    }
    if (fs.lstat(abs)) continue;
    const attrs = { mode: e.mode & 0o7777, uid: e.uid ?? 0, gid: e.gid ?? 0 };
    if (e.kind === 'dir') fs.create(abs, 'dir', attrs);
    else if (e.kind === 'symlink') fs.create(abs, 'symlink', attrs, e.target ?? '');
    else {
      fs.create(abs, 'file', attrs);
      fs.write(abs, e.data ?? new Uint8Array(0), 0, true);
    }
    fs.setattr(abs, { mtime: e.mtime });
  }
  return fs;
}

function contentKey(ctx: BuildContext, source: string): string {
  const rel = cleanAbs(source).slice(1);
  const parts: string[] = [];
  for (const p of [...ctx.entries.keys()].sort()) {
    if (rel !== '' && p !== rel && !p.startsWith(`${rel}/`)) continue;
    const e = ctx.entries.get(p)!;
    parts.push(`${p}\0${e.kind}\0${e.mode}\0${e.target ?? ''}\0${e.data ? digestOf(e.data) : ''}`);
  }
  return digestOf(utf8(parts.join('\n')));
}

export function prepareMounts(d: Daemon, list: readonly Mount[], src: MountSources): PreparedMounts {
  const out: PreparedMounts = { mounts: [], env: [], key: [] };
  let sshIndex = 0;
  const abs = (t: string): string => cleanAbs(t.startsWith('/') ? t : `${src.workdir || '/'}/${t}`);
  for (const m of list) {
    switch (m.type) {
      case 'bind': {
        const ctx = m.from === '' ? src.context : src.filesOf(m.from, m.source);
        // from=<image> is resolved before any step (image-sources.ts), with BuildKit's error for an
        // unknown image; null here means a from= the plan did not see (a guard, not a real text).
        if (ctx === null) throw new MountError(`${m.from}: not found`);
        const source = cleanAbs(m.source);
        const fs = contextFs(d, ctx);
        const st = fs.lstat(source);
        // The source is checksummed for the cache key as a COPY source is (cache/contenthash).
        if (!st) throw src.notFound(source);
        out.mounts.push({ target: abs(m.target), backend: fs, source, readOnly: m.readOnly, isFile: st.kind !== 'dir' });
        out.key.push({ bind: abs(m.target), from: m.from, source, rw: !m.readOnly, content: contentKey(ctx, source) });
        break;
      }
      case 'cache': {
        const target = abs(m.target);
        const id = m.cacheId || cleanAbs(m.target); // convert_runmount.go: path.Clean(target)
        // --no-cache starts each cache mount afresh, once per build (recorded with BuildKit).
        const fresh = src.freshCaches !== null && !src.freshCaches.has(id);
        src.freshCaches?.add(id);
        const fs = cacheMountFs(d, id, { mode: m.mode ?? 0o755, uid: m.uid ?? 0, gid: m.gid ?? 0 }, fresh);
        out.mounts.push({ target, backend: fs, source: '/', readOnly: m.readOnly, isFile: false });
        out.key.push({ cache: target, id, sharing: m.cacheSharing || 'shared', ro: m.readOnly });
        break;
      }
      case 'tmpfs': {
        const target = abs(m.target);
        const fs = new MemFs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: 0o1777 });
        out.mounts.push({ target, backend: fs, source: '/', readOnly: false, isFile: false });
        out.key.push({ tmpfs: target, size: m.sizeLimit });
        break;
      }
      case 'secret': {
        // convert_secrets.go dispatchSecret: id = source, else id=, else the target's base name.
        let id = m.source || m.cacheId;
        if (id === '') id = baseName(m.target);
        let target: string | null = m.target === '' ? null : abs(m.target);
        if (m.env === null && target === null) target = `/run/secrets/${baseName(id)}`;
        out.key.push({ secret: id, target, env: m.env, mode: m.mode, uid: m.uid, gid: m.gid, required: m.required });
        const value = src.secrets.get(id);
        if (value === undefined) {
          // bk:session/secrets/secrets.go GetSecret wraps ErrNotFound; optional ones are skipped.
          if (m.required) throw new MountError(`secret ${id}: not found`);
          break;
        }
        if (m.env !== null) out.env.push(`${m.env}=${new TextDecoder().decode(value)}`);
        if (target !== null) {
          const fs = new MemFs({ clock: d.host.clock, dev: d.layers.mountDev(), rootMode: 0o755 });
          fs.create('/secret', 'file', { mode: m.mode ?? 0o400, uid: m.uid ?? 0, gid: m.gid ?? 0 });
          fs.write('/secret', value, 0, true);
          out.mounts.push({ target, backend: fs, source: '/secret', readOnly: true, isFile: true });
        }
        break;
      }
      case 'ssh': {
        // convert_ssh.go: id "default", target /run/buildkit/ssh_agent.<n>; the first one is
        // exported as SSH_AUTH_SOCK.
        if (m.source !== '') throw new MountError('ssh does not support source');
        // dispatchSSH passes llb.SSHID(m.CacheID) as is: without id= the error names "" (recorded).
        const id = m.cacheId;
        const target = m.target === '' ? `/run/buildkit/ssh_agent.${sshIndex}` : abs(m.target);
        if (sshIndex === 0) out.env.push(`SSH_AUTH_SOCK=${target}`);
        sshIndex++;
        out.key.push({ ssh: id, target, required: m.required });
        // bk:solver/llbsolver/mounts/mount.go getSSHMountable: no agent forwarded by the client.
        if (m.required) throw new MountError(`no SSH key ${JSON.stringify(id)} forwarded from the client`);
        break;
      }
    }
  }
  return out;
}
