/**
 * `docker run --init`: moby v28.5.2 daemon/oci_linux.go (WithCommonOptions) makes the process
 * `/sbin/docker-init -- PATH ARGS...` and bind-mounts the daemon's init binary (docker-init on
 * its PATH, the host's /usr/bin/docker-init) read-only at /sbin/docker-init. runc creates the
 * mount point in the container's root first (a 0755 file, and /sbin if missing): on a real engine
 * `docker diff` then shows `C /sbin` and `A /sbin/docker-init` (recorded with a 20.10 daemon).
 */
import type { Backend } from '../vfs/types.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { normalize } from '../vfs/path.ts';

/** Where the init runs from inside the container (daemon/oci_linux.go inContainerInitPath). */
export const IN_CONTAINER_INIT_PATH = '/sbin/docker-init';
/** The host's init binary (Docker's packages install it next to dockerd). */
export const HOST_INIT_PATH = '/usr/bin/docker-init';

/** The container's argv with --init: docker-init, `--`, then the command. */
export function initArgv(argv: readonly string[]): string[] {
  return [IN_CONTAINER_INIT_PATH, '--', ...argv];
}

/**
 * Bind the host's docker-init into the container's mount namespace, creating the mount point in
 * its root (`root`, the container's overlay, written directly as runc does before it makes the
 * root read-only). Without an init binary on the host nothing is mounted, and starting the
 * container fails on the missing /sbin/docker-init.
 */
export function mountInit(host: { readonly rootfs: Backend }, vfs: Vfs, root: Backend): void {
  const src = host.rootfs.lstat(HOST_INIT_PATH);
  if (!src || src.kind !== 'file') return;
  // runc resolves the target inside the root (securejoin): /sbin may be a link (ubuntu: usr/sbin).
  let dir = '/sbin';
  const st = root.lstat(dir);
  if (st?.kind === 'symlink') dir = normalize(root.readlink(dir), '/');
  else if (!st) root.create(dir, 'dir', { mode: 0o755, uid: 0, gid: 0 });
  const dirSt = root.lstat(dir);
  if (!dirSt || dirSt.kind !== 'dir') return;
  const target = `${dir}/docker-init`;
  if (!root.lstat(target)) root.create(target, 'file', { mode: 0o755, uid: 0, gid: 0 });
  vfs.mount(target, host.rootfs, { source: HOST_INIT_PATH, readOnly: true });
}
