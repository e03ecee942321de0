/**
 * Docker as the Debian package installs and starts it on a host: dockerd listening on
 * /run/docker.sock (root:docker, 0660, so members of the docker group may use it), its data root
 * under /var/lib/docker, and the `docker` CLI in /usr/bin.
 *
 * The daemon's state is saved with the host's (`host.serialize()` → `parts.docker`, daemon/state.ts)
 * and `restoreHost` brings it back through `restoreDocker`.
 */
import type { SimHost } from '../host/host.ts';
import { ROOT } from '../vfs/types.ts';
import { Daemon } from './daemon.ts';
import { restoreDaemon, serializeDaemon } from './state.ts';
import { networkController } from '../network/controller.ts';

export const DOCKER_SOCKET = '/run/docker.sock';
/** The name of Docker's part in the host's saved state. */
export const DOCKER_STATE_PART = 'docker';

export function installDocker(host: SimHost): Daemon {
  const daemon = new Daemon(host);
  // configureNetworking at dockerd's start: the none, host and bridge networks (network/controller.ts).
  networkController(daemon);
  const fs = host.fs(ROOT).with({ umask: 0 });
  const docker = fs.readText('/etc/group').split('\n').find((l) => l.startsWith('docker:'));
  const gid = docker ? Number(docker.split(':')[2]) : 0;
  if (!fs.exists('/var/run')) fs.symlink('/run', '/var/run');
  host.rootfs.create(DOCKER_SOCKET, 'socket', { mode: 0o660, uid: 0, gid });
  serve(host, daemon);
  return daemon;
}

/** A saved Docker on a restored host: the socket file came back with the host's disk. */
export function restoreDocker(host: SimHost, data: unknown): Daemon {
  const daemon = restoreDaemon(host, data);
  serve(host, daemon);
  return daemon;
}

function serve(host: SimHost, daemon: Daemon): void {
  host.listeners.set(DOCKER_SOCKET, daemon);
  host.addStatePart(DOCKER_STATE_PART, () => serializeDaemon(daemon));
}
