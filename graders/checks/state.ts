/**
 * Observable-state helpers shared by exercises: small functions over the read-only Docker view
 * (sandbox-engine/observe.ts) and the host's file system. None of them changes anything.
 */
import { ROOT, type DockerView, type Host } from '../../sandbox-engine/index.ts';

/** `docker diff` lines ("C /etc"), sorted; undefined when there is no such container. */
export function diffLines(docker: DockerView, container: string): string[] | undefined {
  return docker.diff(container)?.map((c) => `${c.kind} ${c.path}`).sort();
}

/** The regular files directly in a directory on the host, with their text (as root reads them). */
export function hostFiles(host: Host, dir: string): Record<string, string> {
  const fs = host.fs(ROOT);
  const out: Record<string, string> = {};
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return out;
  }
  for (const n of names.sort()) {
    try {
      const p = `${dir}/${n}`;
      if (fs.stat(p).kind === 'file') out[n] = fs.readText(p);
    } catch {
      // Vanished or unreadable: not part of what the student can show.
    }
  }
  return out;
}

/** Named volumes and the files at the top of their data, as `ls /var/lib/docker/volumes/V/_data`. */
export function namedVolumeFiles(docker: DockerView, host: Host): Array<{ name: string; files: Record<string, string> }> {
  return docker
    .volumes()
    .filter((v) => !v.anonymous)
    .map((v) => ({ name: v.name, files: hostFiles(host, v.mountpoint) }));
}

/** For every running container with a tmpfs: what each tmpfs directory holds now. */
export function tmpfsContents(docker: DockerView): Array<{ id: string; startedAt: number; dest: string; entries: string[] }> {
  const out: Array<{ id: string; startedAt: number; dest: string; entries: string[] }> = [];
  for (const c of docker.containers()) {
    if (c.status !== 'running') continue;
    for (const dest of c.tmpfs) {
      const entries = docker.listContainerDir(c.id, dest);
      if (entries) out.push({ id: c.id, startedAt: c.startedAt, dest, entries: [...entries].sort() });
    }
  }
  return out;
}
