/**
 * A container's mounts at `docker create` (moby v28.5.2 daemon/container.go validateHostConfig,
 * daemon/volumes.go registerMountPoints, daemon/create_unix.go createContainerOSSpecificSettings,
 * populateVolumes):
 *
 * 1. `validateMounts` (before the image is looked up): every HostConfig.Mounts entry passes the
 *    parser's checks; a `--mount type=bind` source must exist on the host.
 * 2. `registerMountPoints`: `--volumes-from` copies the source container's mount points (`:ro`
 *    makes them read-only), then `-v` (Binds) and `--mount` (Mounts) add theirs, creating named
 *    volumes that do not exist yet. Two of these on one destination: `Duplicate mount point: /x`.
 * 3. `createImageVolumes`: each Config.Volumes path (image VOLUME and `-v /path`) that nothing is
 *    mounted on yet gets a new anonymous volume; then every volume mount point that copies data
 *    gets the image's content at that path if the volume is still empty.
 *
 * Any error removes the container again (daemon/create.go cleanupContainer with RemoveVolume), so
 * the anonymous volumes made for it go too.
 */
import type { Container, HostConfig } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { DaemonError, invalidParameter, isDaemonError, system } from '../errdefs/errors.ts';
import { DOCKER_ROOT } from '../daemon/layout.ts';
import { Vfs } from '../vfs/vfs.ts';
import { ROOT } from '../vfs/types.ts';
import { isFsError } from '../vfs/errors.ts';
import { normalize } from '../vfs/path.ts';
import { LOCAL_DRIVER } from './local/driver.ts';
import { MountParseError, parseMountRaw, parseMountSpec, parseVolumesFrom, readWrite, validateMountConfig, validateTmpfsDestination } from './mounts/parser.ts';
import { hasMountFor, mountPointsOf, setMountPoints } from './mount-points.ts';
import { copyExistingContents, CopyDirError } from './copy.ts';
import { subtree } from './subtree.ts';
import { setupVolume } from './setup.ts';
import type { Mount, MountPoint } from './types.ts';

function hostExists(d: Daemon, path: string): boolean {
  return d.host.fs(ROOT).exists(path);
}

function asDaemonError(e: unknown): unknown {
  return e instanceof MountParseError ? invalidParameter(e.message) : e;
}

/**
 * The checks verifyContainerSettings makes before the image is looked up: each Mounts entry
 * (validateHostConfig), then each --tmpfs destination (verifyPlatformContainerSettings).
 */
export function validateMounts(d: Daemon, hc: Pick<HostConfig, 'Mounts' | 'Tmpfs'>): void {
  try {
    for (const m of hc.Mounts ?? []) validateMountConfig(m, (p) => hostExists(d, p));
    for (const dest of Object.keys(hc.Tmpfs ?? {})) validateTmpfsDestination(dest);
  } catch (e) {
    throw asDaemonError(e);
  }
}

/**
 * validateBindDaemonRoot: a bind of the data root (or of a directory holding it) gets rslave
 * propagation; an explicit private or shared mode there is refused.
 */
function bindDaemonRootPropagation(m: Mount): boolean {
  if (m.Type !== 'bind') return false;
  const src = m.Source ?? '';
  if (!src.startsWith(DOCKER_ROOT) && !DOCKER_ROOT.startsWith(src)) return false;
  const prop = m.BindOptions?.Propagation;
  if (prop === undefined) return true;
  if (prop === 'rslave' || prop === 'rshared' || prop === '') return prop === '';
  throw invalidParameter(
    `invalid mount config: must use either propagation mode "rslave" or "rshared" when mount source is within the daemon root, daemon root: ${JSON.stringify(DOCKER_ROOT)}, bind mount source: ${JSON.stringify(src)}, propagation: ${JSON.stringify(prop)}`,
  );
}

const duplicate = (dest: string) => invalidParameter(`Duplicate mount point: ${dest}`);

/** registerMountPoints for a new container. */
export function registerMountPoints(d: Daemon, c: Container): void {
  const hc = c.hostConfig;
  const binds = new Set<string>();
  const mps = new Map<string, MountPoint>(mountPointsOf(c).map((m) => [m.Destination, m]));
  const put = (m: MountPoint) => {
    mps.delete(m.Destination);
    mps.set(m.Destination, m);
  };

  for (const spec of hc.VolumesFrom ?? []) {
    let parsed;
    try {
      parsed = parseVolumesFrom(spec);
    } catch (e) {
      throw asDaemonError(e);
    }
    let src: Container;
    try {
      src = d.containers.get(parsed.id);
    } catch (e) {
      if (e instanceof DaemonError) throw invalidParameter(e.message);
      throw e;
    }
    for (const m of mountPointsOf(src)) {
      const cp: MountPoint = {
        Type: m.Type,
        Name: m.Name,
        Source: m.Source,
        RW: m.RW && readWrite(parsed.mode),
        Driver: m.Driver,
        Destination: m.Destination,
        Propagation: m.Propagation,
        Spec: m.Spec,
        Mode: '',
        CopyData: false,
        SkipMountpointCreation: false,
      };
      // Only mounts without a source are looked up as volumes here (moby issue 35194: a
      // `--mount type=tmpfs` of the source container fails this lookup as `get: no such volume`).
      if (cp.Source === '') d.volumes.get(cp.Name);
      put(cp);
    }
  }

  for (const b of hc.Binds ?? []) {
    let bind: MountPoint;
    try {
      bind = parseMountRaw(b, hc.VolumeDriver ?? '');
    } catch (e) {
      throw asDaemonError(e);
    }
    if (bindDaemonRootPropagation(bind.Spec)) bind.Propagation = 'rslave';
    if (binds.has(bind.Destination) || Object.prototype.hasOwnProperty.call(hc.Tmpfs ?? {}, bind.Destination)) throw duplicate(bind.Destination);
    if (bind.Type === 'volume') {
      const v = d.volumes.create(bind.Name, bind.Driver);
      bind.Source = v.Mountpoint;
      bind.Driver = v.Driver;
      if (bind.Driver === LOCAL_DRIVER && bind.Mode === '') bind.Mode = 'z';
    }
    binds.add(bind.Destination);
    put(bind);
  }

  for (const cfg of hc.Mounts ?? []) {
    let mp: MountPoint;
    try {
      mp = parseMountSpec(cfg, (p) => hostExists(d, p));
    } catch (e) {
      throw asDaemonError(e);
    }
    if (bindDaemonRootPropagation(mp.Spec)) mp.Propagation = 'rslave';
    if (binds.has(mp.Destination)) throw duplicate(cfg.Target ?? '');
    if (mp.Type === 'volume') {
      const vo = cfg.VolumeOptions;
      const v = vo
        ? d.volumes.create(mp.Name, mp.Driver, { options: vo.DriverConfig?.Options ?? null, labels: vo.Labels && Object.keys(vo.Labels).length > 0 ? vo.Labels : null })
        : d.volumes.create(mp.Name, mp.Driver);
      mp.Name = v.Name;
      mp.Driver = v.Driver;
      mp.Source = v.Mountpoint;
      if (mp.Driver === LOCAL_DRIVER && mp.Mode === '') mp.Mode = 'z';
    }
    if (mp.Type === 'bind' && !cfg.BindOptions?.CreateMountpoint) mp.SkipMountpointCreation = true;
    binds.add(mp.Destination);
    put(mp);
  }
  setMountPoints(c, [...mps.values()]);
}

/** Where the container's root is mounted while the daemon works on it (container.BaseFS). */
export function baseFS(c: Container): string {
  return `${DOCKER_ROOT}/overlay2/${c.rwLayer.mountID}/merged`;
}

/** filepath.Clean (a relative path stays relative). */
function goClean(p: string): string {
  if (p.startsWith('/')) return normalize(p);
  const n = normalize(p).slice(1);
  return n === '' ? '.' : n;
}

/** The image's VOLUME paths (and `-v /path`) as anonymous volumes, then populateVolumes. */
export function createImageVolumes(d: Daemon, c: Container): void {
  const root = new Vfs(c.rwLayer.mount());
  const rootView = root.view(ROOT);
  const mps = [...mountPointsOf(c)];
  for (const spec of Object.keys(c.config.Volumes ?? {})) {
    const dest = goClean(spec);
    if (hasMountFor(c, dest)) continue;
    const inRoot = resolveInRoot(root, dest);
    if (inRoot) {
      const st = rootView.lstat(inRoot);
      if (st.kind !== 'dir') throw system(`cannot mount volume over existing file, file exists ${baseFS(c)}${inRoot}`);
    }
    const v = d.volumes.create('', c.hostConfig.VolumeDriver ?? '');
    // AddMountPointWithVolume: no Source, Mode or Spec; copies the image's content.
    mps.push({
      Type: 'volume',
      Name: v.Name,
      Driver: v.Driver,
      Destination: dest,
      RW: true,
      Source: '',
      Mode: '',
      Propagation: '',
      Spec: {},
      CopyData: true,
      SkipMountpointCreation: false,
    });
    setMountPoints(c, [...mps]);
  }
  populateVolumes(d, c, root);
}

/** The real path of `dest` inside the container's root (symlinks followed in scope), or null. */
function resolveInRoot(root: Vfs, dest: string): string | null {
  try {
    const r = root.resolve(dest.startsWith('/') ? dest : `/${dest}`, '/', ROOT, true, 'stat');
    return r.stat ? r.path : null;
  } catch (e) {
    if (isFsError(e)) return null;
    throw e;
  }
}

function populateVolumes(d: Daemon, c: Container, root: Vfs): void {
  for (const m of mountPointsOf(c)) {
    if (m.Type !== 'volume' || !m.CopyData || !d.volumes.has(m.Name)) continue;
    const src = resolveInRoot(root, m.Destination);
    if (src === null) continue;
    let dataDir: string;
    try {
      dataDir = setupVolume(d, m);
    } catch (e) {
      // populateVolume: a path that is not there (a missing subpath) is nothing to fill.
      if (isDaemonError(e, 'NotFound')) continue;
      if (e instanceof DaemonError) throw new DaemonError(e.kind, `failed to populate volume: ${e.message}`);
      throw e;
    }
    try {
      copyExistingContents(subtree(root, src), `${baseFS(c)}${src}`, d.host.vfs, dataDir);
    } catch (e) {
      if (e instanceof CopyDirError) throw system(e.message);
      throw e;
    } finally {
      d.volumes.local.unmount(m.Name);
    }
  }
}
