/**
 * Docker as the Debian package installs and starts it on a host: dockerd listening on
 * /run/docker.sock (root:docker, 0660, so members of the docker group may use it), its data root
 * under /var/lib/docker, and the `docker` CLI in /usr/bin.
 */
import type { SimHost } from '../host/host.ts';
import { ROOT } from '../vfs/types.ts';
import { Daemon } from './daemon.ts';

export const DOCKER_SOCKET = '/run/docker.sock';

export function installDocker(host: SimHost): Daemon {
  const daemon = new Daemon(host);
  const fs = host.fs(ROOT).with({ umask: 0 });
  const docker = fs.readText('/etc/group').split('\n').find((l) => l.startsWith('docker:'));
  const gid = docker ? Number(docker.split(':')[2]) : 0;
  if (!fs.exists('/var/run')) fs.symlink('/run', '/var/run');
  host.rootfs.create(DOCKER_SOCKET, 'socket', { mode: 0o660, uid: 0, gid });
  host.listeners.set(DOCKER_SOCKET, daemon);
  return daemon;
}
