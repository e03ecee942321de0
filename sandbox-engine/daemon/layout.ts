/**
 * Keeps the host's /var/lib/docker a live view of the engine's state, laid out as dockerd with the
 * overlay2 driver lays it out (modes and names recorded from a real daemon's data root):
 *
 *   overlay2/<cache-id>/{diff,link,lower,work,committed}   diff is the layer's own MemFs, mounted
 *   overlay2/l/<LINK> -> ../<cache-id>/diff
 *   image/overlay2/imagedb/content/sha256/<id>            the config bytes
 *   image/overlay2/layerdb/sha256/<chain>/{diff,cache-id,size,parent,tar-split.json.gz}
 *   image/overlay2/layerdb/mounts/<container>/{mount-id,init-id,parent}
 *   image/overlay2/repositories.json
 *   containers/<id>/{config.v2.json,hostconfig.json,hostname,hosts,resolv.conf,...}
 *
 * The diff directories are the engine's own file systems mounted into the host's Vfs, not copies:
 * `sudo ls $(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' c)` shows the container's layer as it
 * changes. The small metadata files are written as root when the engine changes state.
 */
import type { SimHost } from '../host/host.ts';
import type { Layer, RWLayer } from '../layer/layer-store.ts';
import type { Backend, FileSystem } from '../vfs/types.ts';
import { ROOT } from '../vfs/types.ts';
import { writeSized } from '../pkg/sized-file.ts';
import { hostProcMounts } from '../host/mount-table.ts';

export const DOCKER_ROOT = '/var/lib/docker';

const TOP_DIRS: Array<[string, number]> = [
  ['buildkit', 0o711],
  ['containers', 0o710],
  ['image', 0o700],
  ['image/overlay2', 0o700],
  ['image/overlay2/distribution', 0o700],
  ['image/overlay2/imagedb', 0o700],
  ['image/overlay2/imagedb/content', 0o700],
  ['image/overlay2/imagedb/content/sha256', 0o700],
  ['image/overlay2/imagedb/metadata', 0o700],
  ['image/overlay2/imagedb/metadata/sha256', 0o700],
  ['image/overlay2/layerdb', 0o755],
  ['image/overlay2/layerdb/mounts', 0o755],
  ['image/overlay2/layerdb/sha256', 0o755],
  ['image/overlay2/layerdb/tmp', 0o755],
  ['network', 0o750],
  ['overlay2', 0o710],
  ['overlay2/l', 0o700],
  ['plugins', 0o700],
  ['runtimes', 0o700],
  ['swarm', 0o700],
  ['tmp', 0o700],
  ['volumes', 0o701],
];

/** BuildKit's bolt databases (their first pages; only the names and modes show). */
const BUILDKIT_FILES: Array<[string, number]> = [
  ['buildkit/cache.db', 0o600],
  ['buildkit/containerdmeta.db', 0o644],
  ['buildkit/history.db', 0o600],
  ['buildkit/metadata_v2.db', 0o600],
  ['buildkit/snapshots.db', 0o600],
];

const STARTUP_DIRS: Array<[string, number]> = [
  ['buildkit/content', 0o755],
  ['buildkit/content/ingest', 0o755],
  ['buildkit/executor', 0o711],
  ['plugins/storage', 0o755],
  ['plugins/storage/ingest', 0o755],
  ['plugins/tmp', 0o700],
];

const hex = (digest: string) => digest.replace(/^sha256:/, '');

export class DiskLayout {
  private readonly host: SimHost;
  private readonly root: string;
  /** Running containers' overlay mounts on the host, by mount ID, in mount order. */
  private readonly overlays = new Map<string, string>();

  constructor(host: SimHost, root = DOCKER_ROOT) {
    this.host = host;
    this.root = root;
  }

  private get fs(): FileSystem {
    return this.host.fs(ROOT).with({ umask: 0 });
  }

  private p(rel: string): string {
    return `${this.root}/${rel}`;
  }

  private dir(rel: string, mode: number): void {
    const fs = this.fs;
    if (!fs.exists(this.p(rel))) fs.mkdir(this.p(rel), mode);
  }

  private file(rel: string, text: string | Uint8Array, mode = 0o644): void {
    this.fs.writeFile(this.p(rel), text, { mode });
    this.fs.chmod(this.p(rel), mode);
  }

  /**
   * A bolt database as dockerd leaves it after opening (32 KiB on the reference host). Its bytes
   * are never read here: a sized file keeps it out of saved states.
   */
  private boltFile(rel: string, mode: number): void {
    writeSized(this.fs, this.p(rel), 32768, new Uint8Array(0), mode);
  }

  private removeTree(rel: string): void {
    const fs = this.fs;
    const path = this.p(rel);
    if (!fs.exists(path) && !safeLstat(fs, path)) return;
    const walk = (p: string): void => {
      const st = fs.lstat(p);
      if (st.kind === 'dir' && !this.host.vfs.isMountPoint(p)) {
        for (const name of fs.readdir(p)) walk(`${p}/${name}`);
        fs.rmdir(p);
      } else if (st.kind === 'dir') {
        this.host.vfs.unmount(p);
        fs.rmdir(p);
      } else fs.unlink(p);
    };
    walk(path);
  }

  private mount(rel: string, backend: Backend): void {
    this.dir(rel, 0o755);
    this.host.vfs.mount(this.p(rel), backend);
  }

  /** The data root as a freshly started dockerd leaves it. */
  init(engineID: string): void {
    this.writeHostMounts();
    for (const [rel, mode] of TOP_DIRS) this.dir(rel, mode);
    this.file('engine-id', engineID, 0o600);
    this.file('image/overlay2/repositories.json', '{"Repositories":{}}', 0o600);
    this.boltFile('volumes/metadata.db', 0o600);
    // What dockerd's builder and plugin manager create at start (moby v28.5.2): BuildKit's bolt
    // databases and content/executor roots (builder/builder-next/controller.go:237-293,378-383,
    // adapters/snapshot/snapshot.go:64, executor_linux.go:64 + runcexecutor MkdirAll 0711), the
    // plugin store (plugin/manager.go:100,111). Modes as on the reference daemon's data root.
    for (const [rel, mode] of BUILDKIT_FILES) this.boltFile(rel, mode);
    for (const [rel, mode] of STARTUP_DIRS) this.dir(rel, mode);
  }

  addLayer(layer: Layer): void {
    const base = `overlay2/${layer.cacheID}`;
    this.dir(base, 0o710);
    this.mount(`${base}/diff`, layer.diff);
    this.file(`${base}/link`, layer.link);
    if (layer.lower !== '') {
      this.file(`${base}/lower`, layer.lower);
      this.dir(`${base}/work`, 0o700);
    }
    if (layer.committed) this.file(`${base}/committed`, '', 0o600);
    this.fs.symlink(`../${layer.cacheID}/diff`, this.p(`overlay2/l/${layer.link}`));
    const db = `image/overlay2/layerdb/sha256/${hex(layer.chainID)}`;
    this.dir(db, 0o700);
    this.file(`${db}/diff`, layer.diffID);
    this.file(`${db}/cache-id`, layer.cacheID);
    this.file(`${db}/size`, String(layer.size));
    if (layer.parent) this.file(`${db}/parent`, layer.parent.chainID);
    // moby v28.5.2 layer/layer_store.go applyTar: every registered layer keeps the tar-split of its
    // tar (headers and file checksums, gzipped JSON lines) to rebuild the exact tar on push/save.
    // Nobody reads it here: a sized file, about as big as the reference daemon's (alpine's 508
    // entries: 19793 bytes; an empty layer's: 218).
    writeSized(this.fs, this.p(`${db}/tar-split.json.gz`), 200 + 38 * countEntries(layer.diff, '/'), GZIP_HEADER, 0o644);
  }

  /**
   * After a restore (daemon/state.ts): mount a layer's diff dir again. Its link, lower, layerdb
   * files and the empty diff/ directory came back with the host's file system; only the mount,
   * which is not part of it, has to be re-established.
   */
  remountLayer(layer: Layer): void {
    this.host.vfs.mount(this.p(`overlay2/${layer.cacheID}/diff`), layer.diff);
  }

  /** After a restore: a container's init and upper dirs mounted again (see remountLayer). */
  remountRWLayer(rw: RWLayer): void {
    if (rw.init) this.host.vfs.mount(this.p(`overlay2/${rw.init.cacheID}/diff`), rw.init.diff);
    this.host.vfs.mount(this.p(`overlay2/${rw.mountID}/diff`), rw.upper);
  }

  /** A child layer was created on `layer`: overlay2 marks it committed. */
  markCommitted(cacheID: string): void {
    this.file(`overlay2/${cacheID}/committed`, '', 0o600);
  }

  removeLayer(layer: Layer): void {
    this.removeTree(`overlay2/${layer.cacheID}`);
    this.removeTree(`overlay2/l/${layer.link}`);
    this.removeTree(`image/overlay2/layerdb/sha256/${hex(layer.chainID)}`);
  }

  addImage(id: string, raw: Uint8Array, parent?: string, lastUpdated?: string): void {
    this.file(`image/overlay2/imagedb/content/sha256/${hex(id)}`, raw, 0o600);
    if (parent !== undefined || lastUpdated !== undefined) {
      const meta = `image/overlay2/imagedb/metadata/sha256/${hex(id)}`;
      this.dir(meta, 0o700);
      if (parent !== undefined) this.file(`${meta}/parent`, parent, 0o600);
      if (lastUpdated !== undefined) this.file(`${meta}/lastUpdated`, lastUpdated, 0o600);
    }
  }

  removeImage(id: string): void {
    this.removeTree(`image/overlay2/imagedb/content/sha256/${hex(id)}`);
    this.removeTree(`image/overlay2/imagedb/metadata/sha256/${hex(id)}`);
  }

  writeRepositories(json: string): void {
    this.file('image/overlay2/repositories.json', json, 0o600);
  }

  addRWLayer(containerID: string, rw: RWLayer): void {
    if (rw.init) {
      const ib = `overlay2/${rw.init.cacheID}`;
      this.dir(ib, 0o710);
      this.mount(`${ib}/diff`, rw.init.diff);
      this.file(`${ib}/link`, rw.init.link);
      this.file(`${ib}/lower`, rw.init.lower);
      this.dir(`${ib}/work`, 0o700);
      this.file(`${ib}/committed`, '', 0o600);
      this.fs.symlink(`../${rw.init.cacheID}/diff`, this.p(`overlay2/l/${rw.init.link}`));
    }
    const b = `overlay2/${rw.mountID}`;
    this.dir(b, 0o710);
    this.mount(`${b}/diff`, rw.upper);
    this.file(`${b}/link`, rw.link);
    this.file(`${b}/lower`, rw.lower);
    this.dir(`${b}/work`, 0o700);
    this.fs.symlink(`../${rw.mountID}/diff`, this.p(`overlay2/l/${rw.link}`));
    const m = `image/overlay2/layerdb/mounts/${containerID}`;
    this.dir(m, 0o755);
    this.file(`${m}/mount-id`, rw.mountID);
    if (rw.initID) this.file(`${m}/init-id`, rw.initID);
    if (rw.parent) this.file(`${m}/parent`, rw.parent.chainID);
  }

  removeRWLayer(containerID: string, rw: RWLayer): void {
    this.removeTree(`overlay2/${rw.mountID}`);
    this.removeTree(`overlay2/l/${rw.link}`);
    if (rw.init) {
      this.removeTree(`overlay2/${rw.init.cacheID}`);
      this.removeTree(`overlay2/l/${rw.init.link}`);
    }
    this.removeTree(`image/overlay2/layerdb/mounts/${containerID}`);
  }

  /** While running, the merged view is mounted at overlay2/<mount-id>/merged. */
  mountMerged(rw: RWLayer, backend: Backend): void {
    const rel = `overlay2/${rw.mountID}/merged`;
    this.dir(rel, 0o700);
    this.host.vfs.mount(this.p(rel), backend);
    // The host's mount table gains the overlay (recorded on the reference engine's host:
    // `overlay <root>/overlay2/<id>/merged overlay rw,relatime,lowerdir=...,upperdir=...,workdir=... 0 0`).
    const dir = this.p(`overlay2/${rw.mountID}`);
    const lowerdir = rw.lower.split(':').filter((l) => l !== '').map((l) => `${this.root}/overlay2/${l}`).join(':');
    this.overlays.set(rw.mountID, `overlay ${dir}/merged overlay rw,relatime,lowerdir=${lowerdir},upperdir=${dir}/diff,workdir=${dir}/work 0 0`);
    this.writeHostMounts();
  }

  unmountMerged(rw: RWLayer): void {
    this.removeTree(`overlay2/${rw.mountID}/merged`);
    // Always rewritten: after a restore the map starts empty while the saved file still lists them.
    this.overlays.delete(rw.mountID);
    this.writeHostMounts();
  }

  /** The host's /proc/mounts: its own mounts and the running containers' overlays, in mount order. */
  private writeHostMounts(): void {
    const fs = this.fs;
    if (!fs.exists('/proc')) return;
    fs.writeFile('/proc/mounts', hostProcMounts([...this.overlays.values()]), { mode: 0o444 });
  }

  containerDir(id: string): string {
    return this.p(`containers/${id}`);
  }

  addContainer(id: string, configJSON: string, hostConfigJSON: string): void {
    const c = `containers/${id}`;
    this.dir(c, 0o710);
    this.dir(`${c}/checkpoints`, 0o700);
    this.file(`${c}/config.v2.json`, configJSON, 0o600);
    this.file(`${c}/hostconfig.json`, hostConfigJSON, 0o644);
  }

  updateContainerConfig(id: string, configJSON: string): void {
    this.file(`containers/${id}/config.v2.json`, configJSON, 0o600);
  }

  /** Files a container gets at its first start; hosts/hostname/resolv.conf are bind-mounted into it. */
  addRuntimeFiles(id: string, files: { hostname: string; hosts: string; resolvConf: string; resolvHash: string }): void {
    const c = `containers/${id}`;
    this.file(`${c}/hostname`, files.hostname);
    this.file(`${c}/hosts`, files.hosts);
    this.file(`${c}/resolv.conf`, files.resolvConf);
    this.file(`${c}/resolv.conf.hash`, files.resolvHash);
    this.dir(`${c}/mounts`, 0o710);
    if (!this.fs.exists(this.p(`${c}/${id}-json.log`))) this.file(`${c}/${id}-json.log`, '', 0o640);
  }

  appendLog(id: string, line: string): void {
    this.fs.writeFile(this.p(`containers/${id}/${id}-json.log`), line, { append: true, mode: 0o640 });
  }

  removeContainer(id: string): void {
    this.removeTree(`containers/${id}`);
  }
}

/** Go's compress/gzip header (no name, no mtime, OS unknown): what a tar-split file starts with. */
const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

/** The number of tar entries of a layer: every path below the root. */
function countEntries(fs: Backend, dir: string): number {
  let n = 0;
  for (const name of fs.readdir(dir)) {
    const p = dir === '/' ? `/${name}` : `${dir}/${name}`;
    n++;
    if (fs.lstat(p)?.kind === 'dir') n += countEntries(fs, p);
  }
  return n;
}

function safeLstat(fs: FileSystem, path: string) {
  try {
    return fs.lstat(path);
  } catch {
    return null;
  }
}
