/**
 * Bench workload: path resolution inside a running container with 5 mounts (two named volumes,
 * two bind mounts, a tmpfs) on top of its overlay root. Each timed run resolves 10,000 paths
 * (stat) through the container's mount namespace: 1,600 in each mount (files two levels down)
 * and 2,000 in the image's root file system, so every lookup crosses the mount table.
 *
 * The container and the files are made beforehand (through the shell session and the
 * container's file system); only the 10,000 stats are timed.
 */
import { createHost, type SimHost } from '../sandbox-engine/host/host.ts';
import { createSession } from '../sandbox-engine/shell/session.ts';
import { DOCKER_SOCKET } from '../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../sandbox-engine/daemon/daemon.ts';
import { ROOT } from '../sandbox-engine/vfs/types.ts';

export const MOUNT_PATHS = 10_000;
const MOUNTS = ['/m1', '/m2', '/m3', '/m4', '/m5'];
const DIRS = 8;
const FILES = 25; // 8 x 25 = 200 files per mount, each stat'ed 8 times
const ROOT_PATHS = ['/bin/sh', '/etc/passwd', '/usr/bin/env', '/etc/hostname', '/bin/busybox'];

export interface MountBench {
  /** Resolve the 10,000 paths; returns how many resolved. */
  run(): number;
}

async function session(host: SimHost): Promise<(line: string) => Promise<{ status: number; out: string }>> {
  let out = '';
  const s = createSession({ host, tty: false, onOutput: (text) => void (out += text) });
  return async (line) => {
    out = '';
    const r = await s.input(line);
    return { status: r.kind === 'done' ? r.status : -1, out };
  };
}

/** A host with `docker run -d` of a busybox container with 5 mounts, files in each mount. */
export async function prepareMountBench(): Promise<MountBench> {
  const host = createHost({ seed: 1 });
  const run = await session(host);
  for (const line of [
    'sudo mkdir -p /srv/b1 /srv/b2',
    'docker pull -q busybox',
    'docker run -d --name bench -v v1:/m1 -v v2:/m2 -v /srv/b1:/m3 --mount type=bind,src=/srv/b2,dst=/m4 --tmpfs /m5 busybox sleep 100000',
  ]) {
    const r = await run(line);
    if (r.status !== 0) throw new Error(`${line}: status ${r.status}: ${r.out.trim()}`);
  }
  const d = host.listeners.get(DOCKER_SOCKET) as Daemon;
  const c = d.containers.get('bench');
  const live = d.running.get(c.id);
  if (!live) throw new Error('the bench container is not running');
  const fs = live.ns.fs(ROOT);
  const paths: string[] = [];
  for (const m of MOUNTS) {
    for (let i = 0; i < DIRS; i++) {
      fs.mkdir(`${m}/d${i}`);
      for (let j = 0; j < FILES; j++) fs.writeFile(`${m}/d${i}/f${j}`, 'x\n');
    }
  }
  const perMount = (MOUNT_PATHS - 2_000) / MOUNTS.length;
  for (const m of MOUNTS) for (let k = 0; k < perMount; k++) paths.push(`${m}/d${k % DIRS}/f${Math.floor(k / DIRS) % FILES}`);
  for (let k = 0; k < 2_000; k++) paths.push(ROOT_PATHS[k % ROOT_PATHS.length]);
  return {
    run() {
      let ok = 0;
      for (const p of paths) if (fs.stat(p)) ok++;
      return ok;
    },
  };
}
