/**
 * The `local` volume driver (moby v28.5.2 volume/local/local.go, local_unix.go) on the simulated
 * host's disk:
 *
 *   /var/lib/docker/volumes/<name>/           0701 root   (its ctime is the volume's CreatedAt)
 *   /var/lib/docker/volumes/<name>/_data/     0755 root   the data: a plain directory of the host
 *   /var/lib/docker/volumes/<name>/opts.json  0600 root   only when driver options were given
 *
 * A volume's data is a directory of the host's own file system, as on a real host; containers get
 * it bind-mounted (volume/setup.ts), so `sudo ls /var/lib/docker/volumes/<name>/_data` is a live
 * view and the data is saved with the host's disk.
 *
 * Volumes with options (`-o type=tmpfs`, `-o type=none -o o=bind -o device=/path`) are mounted
 * on `_data` while in use (Mount/Unmount count active users) and unmounted when the last user
 * goes: a tmpfs volume's content lasts only while some container uses it.
 */
import type { SimHost } from '../../host/host.ts';
import { invalidParameter, system } from '../../errdefs/errors.ts';
import { Tmpfs } from '../tmpfs.ts';
import { ROOT, type FileSystem } from '../../vfs/types.ts';
import { isFsError } from '../../vfs/errors.ts';
import { DOCKER_ROOT } from '../../daemon/layout.ts';
import { mountErrorText, parseMountOptions, tmpfsRootAttrs } from './mount-syscall.ts';
import { goErrnoText } from '../go-errno.ts';
import { NfsError, nfsMountSource, resolveNfsOptions } from './nfs.ts';
// go-units is shared by moby and the CLI; the port lives with the CLI's formatters.
import { ramInBytes } from '../../cli/formatter/units.ts';

export const VOLUMES_ROOT = `${DOCKER_ROOT}/volumes`;
export const LOCAL_DRIVER = 'local';
export const LOCAL_SCOPE = 'local';

/** daemon/names RestrictedNameChars. */
export const RESTRICTED_NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

const VALID_OPTS = new Set(['type', 'o', 'device', 'size']);
/** mandatoryOpts: an option needs these others (map order in Go; the same answer either way). */
const MANDATORY_OPTS: Array<[string, string[]]> = [
  ['device', ['type']],
  ['type', ['device']],
  ['o', ['device', 'type']],
];

/** optsConfig as opts.json stores it. */
export interface OptsConfig {
  MountType: string;
  MountOpts: string;
  MountDevice: string;
  Quota: { Size: number };
}

export const volumePath = (name: string) => `${VOLUMES_ROOT}/${name}`;
export const dataPath = (name: string) => `${VOLUMES_ROOT}/${name}/_data`;

export class LocalDriver {
  private readonly host: SimHost;
  private readonly allocDev: () => number;
  /** Active users of volumes that need mounting, by name. */
  private readonly active = new Map<string, number>();

  constructor(host: SimHost, allocDev: () => number) {
    this.host = host;
    this.allocDev = allocDev;
  }

  private get fs(): FileSystem {
    return this.host.fs(ROOT).with({ umask: 0 });
  }

  /** Root.validateName. */
  validateName(name: string): void {
    if (name.length === 1) throw invalidParameter('volume name is too short, names should be at least two alphanumeric characters');
    if (!NAME_PATTERN.test(name)) {
      throw invalidParameter(
        `${JSON.stringify(name)} includes invalid characters for a local volume name, only ${JSON.stringify(RESTRICTED_NAME_CHARS)} are allowed. If you intended to pass a host directory, use absolute path`,
      );
    }
  }

  /** Root.validateOpts (local_unix.go). */
  validateOpts(opts: Record<string, string> | null): void {
    if (!opts || Object.keys(opts).length === 0) return;
    for (const k of Object.keys(opts)) if (!VALID_OPTS.has(k)) throw invalidParameter(`invalid option: ${JSON.stringify(k)}`);
    if ('size' in opts) {
      let size: number;
      try {
        size = ramInBytes(opts.size);
      } catch (e) {
        throw invalidParameter(e instanceof Error ? e.message : String(e));
      }
      // The data root's file system has no project quota support here (as on most ext4 hosts).
      if (size > 0) throw invalidParameter('quota size requested but no quota support');
    }
    for (const [opt, required] of MANDATORY_OPTS) {
      if (!(opt in opts)) continue;
      for (const r of required) if (!(r in opts)) throw invalidParameter(`missing required option: ${JSON.stringify(r)}`);
    }
  }

  exists(name: string): boolean {
    return this.fs.exists(volumePath(name));
  }

  /** The names of the volume directories on disk (the driver's List, as it reloads at startup). */
  scan(): string[] {
    const fs = this.fs;
    if (!fs.exists(VOLUMES_ROOT)) return [];
    return fs.readdir(VOLUMES_ROOT).filter((n) => fs.lstat(`${VOLUMES_ROOT}/${n}`).kind === 'dir');
  }

  /** Root.Create: the directories and, with options, opts.json. */
  create(name: string, opts: Record<string, string> | null): void {
    this.validateName(name);
    this.validateOpts(opts);
    if (this.exists(name)) return;
    const fs = this.fs;
    fs.mkdir(volumePath(name), 0o701);
    fs.mkdir(dataPath(name), 0o755);
    if (opts && Object.keys(opts).length > 0) {
      const cfg: OptsConfig = { MountType: opts.type ?? '', MountOpts: opts.o ?? '', MountDevice: opts.device ?? '', Quota: { Size: 0 } };
      fs.writeFile(`${volumePath(name)}/opts.json`, JSON.stringify(cfg), { mode: 0o600 });
    }
  }

  readOpts(name: string): OptsConfig | null {
    try {
      return JSON.parse(this.fs.readText(`${volumePath(name)}/opts.json`)) as OptsConfig;
    } catch {
      return null;
    }
  }

  /** CreatedAt: the ctime of volumes/<name> (ms), 0 when it is gone. */
  createdAt(name: string): number {
    try {
      return this.fs.stat(volumePath(name)).ctime;
    } catch {
      return 0;
    }
  }

  /** Root.Remove: the volume's directories go (whatever is mounted on _data first). */
  remove(name: string): void {
    if ((this.active.get(name) ?? 0) > 0) throw system('volume has active mounts');
    this.host.vfs.unmount(dataPath(name));
    removeTree(this.host, volumePath(name));
    this.active.delete(name);
  }

  private needsMount(o: OptsConfig | null): o is OptsConfig {
    return o !== null && (o.MountDevice !== '' || o.MountType !== '');
  }

  /** localVolume.Mount: mount _data at the first user of a volume with options. Returns _data. */
  mount(name: string): string {
    const opts = this.readOpts(name);
    if (this.needsMount(opts)) {
      const n = this.active.get(name) ?? 0;
      if (n === 0) {
        try {
          this.mountData(name, opts);
        } catch (e) {
          if (e instanceof MountFailure) throw system(`failed to mount local volume: ${e.message}`);
          throw e;
        }
      }
      this.active.set(name, n + 1);
    }
    return dataPath(name);
  }

  /** localVolume.Unmount: the last user unmounts _data. */
  unmount(name: string): void {
    const n = this.active.get(name) ?? 0;
    if (n === 0) return;
    if (n === 1) {
      this.active.delete(name);
      this.host.vfs.unmount(dataPath(name));
    } else this.active.set(name, n - 1);
  }

  private mountData(name: string, o: OptsConfig): void {
    const target = dataPath(name);
    // getMountOptions' error: returned as it is, without the "failed to mount" wrapping.
    if (o.MountDevice === '') throw system('missing device in volume options');
    const parsed = parseMountOptions(o.MountOpts);
    const fail = (err: string) => new MountFailure(mountErrorText(o.MountDevice, target, parsed, err));
    const readOnly = (parsed.flags & 0x1) !== 0;
    if (parsed.flags & 0x1000) {
      // A bind of a host path (type=none, o=bind): the path must exist.
      let real: string;
      try {
        real = this.host.fs(ROOT).realpath(o.MountDevice);
      } catch (e) {
        if (isFsError(e)) throw fail(goErrnoText(e.code));
        throw e;
      }
      const { mount, bpath } = this.host.vfs.mountFor(real);
      this.host.vfs.mount(target, mount.backend, { source: bpath, readOnly: readOnly || mount.readOnly });
      return;
    }
    if (o.MountType === 'nfs') {
      this.mountNfs(target, o);
      return;
    }
    if (o.MountType === 'tmpfs') {
      const attrs = tmpfsRootAttrs(parsed.data, { mode: 0o1777, uid: 0, gid: 0 });
      const fs = new Tmpfs({ clock: this.host.clock, dev: this.allocDev(), rootMode: attrs.mode });
      fs.setattr('/', { uid: attrs.uid, gid: attrs.gid });
      this.host.vfs.mount(target, fs, { readOnly });
      return;
    }
    if (o.MountDevice.startsWith('/') && !this.host.fs(ROOT).exists(o.MountDevice)) throw fail('no such file or directory');
    throw fail('no such device');
  }

  /**
   * type=nfs: the simulated server (volume/local/nfs.ts) hands out a directory of the host, mounted
   * on _data like a bind. A name in `addr=` that does not resolve fails before mount(2), with
   * getMountOptions' error, which moby returns without the "failed to mount" wrapping.
   */
  private mountNfs(target: string, o: OptsConfig): void {
    let opts: string;
    try {
      opts = resolveNfsOptions(this.host, o.MountOpts);
    } catch (e) {
      if (e instanceof NfsError) throw system(`error resolving passed in network volume address: ${e.message}`);
      throw e;
    }
    const parsed = parseMountOptions(opts);
    let src: { path: string; readOnly: boolean };
    try {
      src = nfsMountSource(this.host, o.MountDevice, opts);
    } catch (e) {
      if (e instanceof NfsError) throw new MountFailure(mountErrorText(o.MountDevice, target, parsed, e.message));
      throw e;
    }
    const { mount, bpath } = this.host.vfs.mountFor(src.path);
    this.host.vfs.mount(target, mount.backend, { source: bpath, readOnly: (parsed.flags & 0x1) !== 0 || src.readOnly || mount.readOnly });
  }
}

class MountFailure extends Error {}


/** os.RemoveAll as root, unmounting what is mounted inside first. */
export function removeTree(host: SimHost, path: string): void {
  const fs = host.fs(ROOT);
  const walk = (p: string): void => {
    let st;
    try {
      st = fs.lstat(p);
    } catch {
      return;
    }
    if (host.vfs.isMountPoint(p)) host.vfs.unmount(p);
    if (st.kind === 'dir') {
      for (const name of fs.readdir(p)) walk(`${p}/${name}`);
      fs.rmdir(p);
    } else fs.unlink(p);
  };
  walk(path);
}
