/**
 * The volume service (moby v28.5.2 volume/service/service.go, store.go, convert.go, by.go): named
 * and anonymous volumes of the `local` driver, their labels and options (metadata.db in moby),
 * and who uses them.
 *
 * References: a container that mounts a volume holds a reference on it from its create until its
 * removal, running or not, so `docker volume rm` refuses with `volume is in use - [<ids>]`. They
 * are read from the containers' mount points (volume/mount-points.ts), which is what moby's ref
 * map mirrors, so nothing can get out of step.
 *
 * Errors are moby's OpErr texts: `<op> <name>: <cause>[ - [refs]]` (`create x: volume name is too
 * short...`, `get nope: no such volume`, `remove v: volume is in use - [...]`).
 *
 *   const v = d.volumes.create('', '', {});        // anonymous: 64 hex, label com.docker.volume.anonymous
 *   d.volumes.get(v.Name).Mountpoint                // /var/lib/docker/volumes/<name>/_data
 */
import type { Daemon } from '../daemon/daemon.ts';
import { conflict, DaemonError, invalidParameter, notFound } from '../errdefs/errors.ts';
import { FilterArgs } from '../api/filters.ts';
import { treeSize } from '../archive/diff.ts';
import { rfc3339 } from '../util/time.ts';
import { ROOT } from '../vfs/types.ts';
import { LocalDriver, LOCAL_DRIVER, LOCAL_SCOPE, dataPath, VOLUMES_ROOT } from './local/driver.ts';
import { usesVolume } from './mount-points.ts';
import { subtree } from './subtree.ts';
import type { VolumeInfo } from './types.ts';

/** service.AnonymousLabel. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** What moby's metadata.db keeps per volume. */
export interface VolumeRecord {
  name: string;
  driver: string;
  labels: Record<string, string> | null;
  options: Record<string, string> | null;
}

/** Saved with the daemon (the data itself is on the host's disk). */
export interface VolumeServiceState {
  volumes: VolumeRecord[];
}

export interface CreateOptions {
  options?: Record<string, string> | null;
  labels?: Record<string, string> | null;
}

const LIST_FILTERS = new Set(['dangling', 'name', 'driver', 'label']);
const PRUNE_FILTERS = new Set(['label', 'label!', 'all']);

/** OpErr with the kind of its cause. */
function opErr(op: string, name: string, cause: DaemonError, refs: string[] = []): DaemonError {
  let msg = `${op}${name !== '' ? ` ${name}` : ''}: ${cause.message}`;
  if (refs.length > 0) msg += ` - [${refs.join(', ')}]`;
  return new DaemonError(cause.kind, msg);
}

export class VolumeService {
  readonly local: LocalDriver;
  private readonly d: Daemon;
  private readonly records = new Map<string, VolumeRecord>();
  /** Volumes each running container holds mounted (volume/setup.ts), by container ID. */
  readonly mountedBy = new Map<string, string[]>();

  /** A service over the volumes found on disk; `saved` gives back their labels and options. */
  constructor(d: Daemon, saved?: VolumeServiceState) {
    this.d = d;
    this.local = new LocalDriver(d.host, () => d.layers.mountDev());
    const known = new Map((saved?.volumes ?? []).map((v) => [v.name, v]));
    for (const name of this.local.scan()) {
      const rec = known.get(name);
      this.records.set(name, rec ? { ...rec } : { name, driver: LOCAL_DRIVER, labels: null, options: optionsFromDisk(this.local, name) });
    }
  }

  /** The data root's volumes/ as a fresh daemon leaves it: the quota probe's device node. */
  initDisk(): void {
    const fs = this.d.host.fs(ROOT).with({ umask: 0 });
    const node = `${VOLUMES_ROOT}/backingFsBlockDev`;
    // quota.NewControl mknods the data root's device (8:1 here) as S_IFBLK 0600. The simulated file
    // system has no block devices; a character node with the same numbers stands in for it.
    if (!fs.exists(node)) fs.mknod(node, 'chardev', 0o600, 0x801);
  }

  snapshot(): VolumeServiceState {
    return { volumes: [...this.records.values()].map((r) => ({ ...r })) };
  }

  private driverFor(name: string, driver: string): LocalDriver {
    if (driver === '' || driver === LOCAL_DRIVER) return this.local;
    throw opErr('create', name, notFound(`error looking up volume plugin ${driver}: plugin ${JSON.stringify(driver)} not found`));
  }

  /**
   * VolumesService.Create. An empty name makes an anonymous volume. An existing volume is returned
   * as it is (labels and options are not changed).
   */
  create(name: string, driver: string, opts: CreateOptions = {}): VolumeInfo {
    let labels = opts.labels ?? null;
    if (name === '') {
      name = this.d.generateID();
      labels = { ...(labels ?? {}), [ANONYMOUS_LABEL]: '' };
    }
    const existing = this.records.get(name);
    const drv = this.driverFor(name, driver);
    if (existing) return this.info(existing);
    try {
      drv.create(name, opts.options ?? null);
    } catch (e) {
      if (e instanceof DaemonError) throw opErr('create', name, e);
      throw e;
    }
    const options = opts.options && Object.keys(opts.options).length > 0 ? { ...opts.options } : opts.options ?? null;
    const rec: VolumeRecord = { name, driver: LOCAL_DRIVER, labels: labels ? { ...labels } : null, options };
    this.records.set(name, rec);
    return this.info(rec);
  }

  has(name: string): boolean {
    return this.records.has(name);
  }

  get(name: string): VolumeInfo {
    const rec = this.records.get(name);
    if (!rec) throw opErr('get', name, notFound('no such volume'));
    return this.info(rec);
  }

  /** The IDs of the containers holding a reference, in creation order. */
  refs(name: string): string[] {
    return this.d.containers
      .all()
      .filter((c) => usesVolume(c, name))
      .sort((a, b) => a.created - b.created)
      .map((c) => c.id);
  }

  list(filterList: readonly string[] = []): VolumeInfo[] {
    const f = FilterArgs.fromList(filterList);
    f.validate(LIST_FILTERS);
    const keep = this.filterFn(f);
    return [...this.records.values()].filter(keep).map((r) => this.info(r));
  }

  private filterFn(f: FilterArgs): (r: VolumeRecord) => boolean {
    const dangling = f.contains('dangling') ? f.getBoolOrDefault('dangling', false) : undefined;
    return (r) => {
      if (f.contains('driver') && !f.get('driver').includes(r.driver)) return false;
      if (f.contains('name') && !matchName(f, r.name)) return false;
      if (!f.matchKVList('label', r.labels)) return false;
      if (f.contains('label!') && f.matchKVList('label!', r.labels)) return false;
      if (dangling !== undefined && (this.refs(r.name).length > 0) === dangling) return false;
      return true;
    };
  }

  /** VolumesService.Remove: refused while referenced; `force` ignores a missing volume. */
  remove(name: string, opts: { force?: boolean } = {}): void {
    const rec = this.records.get(name);
    if (!rec) {
      if (opts.force) return;
      throw opErr('get', name, notFound('no such volume'));
    }
    const refs = this.refs(name);
    if (refs.length > 0) throw opErr('remove', name, conflict('volume is in use'), refs);
    try {
      this.local.remove(name);
    } catch (e) {
      if (e instanceof DaemonError) throw opErr('remove', name, e);
      throw e;
    }
    this.records.delete(name);
  }

  /**
   * VolumesService.Prune: unreferenced local volumes without driver options; only anonymous ones
   * unless the filter says `all=true` (API 1.42 and later, as Engine 28's clients send).
   */
  prune(filterList: readonly string[] = []): { deleted: string[]; spaceReclaimed: number } {
    const f = FilterArgs.fromList(filterList);
    const all = f.get('all');
    if (all.length > 1) throw invalidParameter(`invalid filter 'all=${all.join(' ')}': only one value is expected`);
    let pruneAll = false;
    if (all.length === 1) {
      const b = parseGoBool(all[0]);
      if (b === null) throw invalidParameter(`invalid filter 'all': strconv.ParseBool: parsing ${JSON.stringify(all[0])}: invalid syntax`);
      pruneAll = b;
    }
    if (!pruneAll) f.add('label', ANONYMOUS_LABEL);
    f.validate(PRUNE_FILTERS);
    const keep = this.filterFn(f);
    const deleted: string[] = [];
    let space = 0;
    for (const rec of [...this.records.values()]) {
      if (rec.driver !== LOCAL_DRIVER || (rec.options && Object.keys(rec.options).length > 0)) continue;
      if (this.refs(rec.name).length > 0 || !keep(rec)) continue;
      const size = this.size(rec.name);
      try {
        this.remove(rec.name);
      } catch {
        continue;
      }
      space += size;
      deleted.push(rec.name);
    }
    return { deleted, spaceReclaimed: space };
  }

  /**
   * LocalVolumesSize (`docker system df`): local volumes without driver options, each with its
   * size and the number of containers using it (UsageData).
   */
  localVolumesSize(): VolumeInfo[] {
    return [...this.records.values()]
      .filter((r) => r.driver === LOCAL_DRIVER && !(r.options && Object.keys(r.options).length > 0))
      .map((r) => ({ ...this.info(r), UsageData: { Size: this.size(r.name), RefCount: this.refs(r.name).length } }));
  }

  /** directory.Size of the volume's data, as prune and `system df` measure it. */
  size(name: string): number {
    try {
      return treeSize(subtree(this.d.host.vfs, dataPath(name)));
    } catch {
      return -1;
    }
  }

  /** volumeToAPIType with the local driver's Mountpoint and CreatedAt. */
  info(rec: VolumeRecord): VolumeInfo {
    return {
      CreatedAt: rfc3339(this.local.createdAt(rec.name)),
      Driver: rec.driver,
      Labels: rec.labels ? { ...rec.labels } : null,
      Mountpoint: dataPath(rec.name),
      Name: rec.name,
      Options: rec.options ? { ...rec.options } : null,
      Scope: LOCAL_SCOPE,
    };
  }
}

/** filters.Args.Match: an exact value, or a value that matches as a regular expression. */
function matchName(f: FilterArgs, name: string): boolean {
  if (f.exactMatch('name', name)) return true;
  for (const v of f.get('name')) {
    try {
      if (new RegExp(v).test(name)) return true;
    } catch {
      // An invalid expression matches nothing (moby skips it).
    }
  }
  return false;
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return null;
}

function optionsFromDisk(local: LocalDriver, name: string): Record<string, string> | null {
  const o = local.readOpts(name);
  if (!o) return null;
  const out: Record<string, string> = {};
  if (o.MountType) out.type = o.MountType;
  if (o.MountOpts) out.o = o.MountOpts;
  if (o.MountDevice) out.device = o.MountDevice;
  return out;
}

