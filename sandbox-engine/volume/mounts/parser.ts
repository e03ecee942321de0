/**
 * The daemon's mount parser with Linux semantics (moby v28.5.2 volume/mounts/linux_parser.go,
 * parser.go, validate.go, errors.go, volume_copy.go, mounts.go errInvalidMode/errInvalidSpec):
 *
 * - `parseMountRaw('/host:/ctr:ro')`: a `-v` string from HostConfig.Binds → MountPoint;
 * - `parseMountSpec(mount)`: a `--mount` request from HostConfig.Mounts → MountPoint;
 * - `validateMountConfig(mount, exists)`: the checks both share (`exists` answers whether a bind
 *   source is there; the Binds path skips that check, as moby does);
 * - `parseVolumesFrom('ctr:ro')`, `readWrite(mode)`, `convertTmpfsOptions(...)`.
 *
 * Errors are `MountParseError`s carrying the daemon's text; the caller makes them API errors.
 */
import { normalize } from '../../vfs/path.ts';
import type { Mount, MountPoint, TmpfsOptions } from '../types.ts';

export class MountParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MountParseError';
  }
}

const RW_MODES = new Set(['rw', 'ro']);
const LABEL_MODES = new Set(['z', 'Z']);
const CONSISTENCY_MODES = new Set(['consistent', 'cached', 'delegated']);
export const PROPAGATION_MODES = new Set(['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared']);
/** {copy mode: copying enabled} (volume_copy.go). */
const COPY_MODES = new Map([['nocopy', false]]);
const DEFAULT_PROPAGATION = 'rprivate';
const DEFAULT_COPY_MODE = true;

export const errInvalidMode = (mode: string) => new MountParseError(`invalid mode: ${mode}`);
export const errInvalidSpec = (spec: string) => new MountParseError(`invalid volume specification: '${spec}'`);
/** errMountConfig: `invalid mount config for type "<type>": <err>`. */
const errMountConfig = (m: Mount, err: string) => new MountParseError(`invalid mount config for type ${goQuote(m.Type ?? '')}: ${err}`);
const errMissingField = (name: string) => `field ${name} must not be empty`;
const errExtraField = (name: string) => `field ${name} must not be specified`;
const ERR_TARGET_IS_ROOT = "invalid specification: destination can't be '/'";

/** Go's %q for the strings that occur here (printable ASCII plus escapes for the rest). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u007f/g, '\\x7f');
}

function isAbs(p: string): boolean {
  return p.replaceAll('\\', '/').startsWith('/');
}

function validateNotRoot(p: string): string | null {
  return normalize(p.replaceAll('\\', '/')) === '/' ? ERR_TARGET_IS_ROOT : null;
}

function validateAbsolute(p: string): string | null {
  const s = p.replaceAll('\\', '/');
  return s.startsWith('/') ? null : `invalid mount path: '${s}' mount path must be absolute`;
}

/** filepath.IsLocal: relative, no `..` escaping, not empty. */
function isLocal(p: string): boolean {
  if (p === '' || p.startsWith('/')) return false;
  let depth = 0;
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (--depth < 0) return false;
    } else depth++;
  }
  return true;
}

/**
 * validateMountConfigImpl. `sourceExists` is consulted for binds when given (the `--mount` path);
 * `-v` binds pass none and their missing sources are created at start instead.
 */
export function validateMountConfig(m: Mount, sourceExists?: (path: string) => boolean): void {
  const target = m.Target ?? '';
  if (target === '') throw errMountConfig(m, errMissingField('Target'));
  const notRoot = validateNotRoot(target);
  if (notRoot) throw errMountConfig(m, notRoot);
  const abs = validateAbsolute(target);
  if (abs) throw errMountConfig(m, abs);
  const source = m.Source ?? '';
  switch (m.Type) {
    case 'bind': {
      if (source === '') throw errMountConfig(m, errMissingField('Source'));
      const prop = m.BindOptions?.Propagation ?? '';
      if (prop !== '' && !PROPAGATION_MODES.has(prop)) throw errMountConfig(m, `invalid propagation mode: ${prop}`);
      if (m.VolumeOptions) throw errMountConfig(m, errExtraField('VolumeOptions'));
      if (m.ImageOptions) throw errMountConfig(m, errExtraField('ImageOptions'));
      const srcAbs = validateAbsolute(source);
      if (srcAbs) throw errMountConfig(m, srcAbs);
      if (sourceExists && !sourceExists(source) && !m.BindOptions?.CreateMountpoint) {
        throw errMountConfig(m, `bind source path does not exist: ${source}`);
      }
      return;
    }
    case 'volume': {
      if (m.BindOptions) throw errMountConfig(m, errExtraField('BindOptions'));
      if (m.ImageOptions) throw errMountConfig(m, errExtraField('ImageOptions'));
      const anonymous = source === '';
      const subpath = m.VolumeOptions?.Subpath ?? '';
      if (subpath !== '') {
        if (anonymous) throw errMountConfig(m, 'must not set Subpath when using anonymous volumes');
        if (!isLocal(subpath)) throw errMountConfig(m, 'subpath must be a relative path within the volume');
      }
      if (m.ReadOnly && anonymous) throw errMountConfig(m, 'must not set ReadOnly mode when using anonymous volumes');
      return;
    }
    case 'tmpfs':
      if (m.BindOptions) throw errMountConfig(m, errExtraField('BindOptions'));
      if (m.ImageOptions) throw errMountConfig(m, errExtraField('ImageOptions'));
      if (source !== '') throw errMountConfig(m, errExtraField('Source'));
      try {
        convertTmpfsOptions(m.TmpfsOptions, m.ReadOnly ?? false);
      } catch (e) {
        if (e instanceof MountParseError) throw errMountConfig(m, e.message);
        throw e;
      }
      return;
    default:
      // Image mounts (type=image) need the containerd image store; with overlay2 the 28 engine
      // still parses them, the simulator does not model them.
      throw errMountConfig(m, 'mount type unknown');
  }
}

/** linuxValidMountMode: each group (rw, label, propagation, copy, consistency) at most once. */
export function validMountMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = { rw: 0, label: 0, prop: 0, copy: 0, cons: 0 };
  for (const o of mode.split(',')) {
    if (RW_MODES.has(o)) counts.rw++;
    else if (LABEL_MODES.has(o)) counts.label++;
    else if (PROPAGATION_MODES.has(o)) counts.prop++;
    else if (COPY_MODES.has(o)) counts.copy++;
    else if (CONSISTENCY_MODES.has(o)) counts.cons++;
    else return false;
  }
  return Object.values(counts).every((n) => n <= 1);
}

/** ReadWrite: a valid mode without `ro`. */
export function readWrite(mode: string): boolean {
  if (!validMountMode(mode)) return false;
  return !mode.split(',').includes('ro');
}

function hasPropagation(mode: string): boolean {
  return mode.split(',').some((o) => PROPAGATION_MODES.has(o));
}

function getPropagation(mode: string): string {
  return mode.split(',').find((o) => PROPAGATION_MODES.has(o)) ?? DEFAULT_PROPAGATION;
}

/** getCopyMode: [copyData, isSet]. */
function getCopyMode(mode: string): [boolean, boolean] {
  for (const o of mode.split(',')) {
    const v = COPY_MODES.get(o);
    if (v !== undefined) return [v, true];
  }
  return [DEFAULT_COPY_MODE, false];
}

/** ParseMountRaw: `[source:]destination[:mode]` from HostConfig.Binds. */
export function parseMountRaw(raw: string, volumeDriver: string): MountPoint {
  const arr = splitN(raw, ':', 4);
  if (arr[0] === '') throw errInvalidSpec(raw);
  const spec: Mount = {};
  let mode = '';
  let source = '';
  let target = '';
  switch (arr.length) {
    case 1:
      target = arr[0];
      break;
    case 2:
      // A destination and a mode is not a volume: `/foo:rw`.
      if (validMountMode(arr[1])) throw errInvalidSpec(raw);
      source = arr[0];
      target = arr[1];
      break;
    case 3:
      source = arr[0];
      target = arr[1];
      mode = arr[2];
      break;
    default:
      throw errInvalidSpec(raw);
  }
  if (!validMountMode(mode)) throw errInvalidMode(mode);
  spec.Type = isAbs(source) ? 'bind' : 'volume';
  if (source !== '') spec.Source = source;
  if (target !== '') spec.Target = target;
  if (!readWrite(mode)) spec.ReadOnly = true;
  if (volumeDriver !== '' && spec.Type === 'volume') spec.VolumeOptions = { DriverConfig: { Name: volumeDriver } };
  const [copyData, isSet] = getCopyMode(mode);
  if (isSet) {
    spec.VolumeOptions ??= {};
    spec.VolumeOptions = { NoCopy: !copyData, ...spec.VolumeOptions };
  }
  if (hasPropagation(mode)) spec.BindOptions = { Propagation: getPropagation(mode) };
  try {
    const mp = parseSpec(orderMount(spec), false);
    mp.Mode = mode;
    return mp;
  } catch (e) {
    if (e instanceof MountParseError) throw new MountParseError(`${errInvalidSpec(raw).message}: ${e.message}`);
    throw e;
  }
}

/** ParseMountSpec: a HostConfig.Mounts entry. */
export function parseMountSpec(m: Mount, sourceExists: (path: string) => boolean): MountPoint {
  validateMountConfig(m, sourceExists);
  return parseSpec(m, true);
}

function parseSpec(cfg: Mount, validated: boolean): MountPoint {
  if (!validated) validateMountConfig(cfg);
  const mp: MountPoint = {
    Source: '',
    Destination: normalize((cfg.Target ?? '').replaceAll('\\', '/')),
    RW: !cfg.ReadOnly,
    Name: '',
    Driver: '',
    Type: cfg.Type ?? '',
    Mode: '',
    Propagation: '',
    Spec: cfg,
    CopyData: false,
    SkipMountpointCreation: false,
  };
  switch (cfg.Type) {
    case 'volume':
      if (cfg.Source) mp.Name = cfg.Source;
      mp.CopyData = DEFAULT_COPY_MODE;
      if (cfg.VolumeOptions?.DriverConfig?.Name) mp.Driver = cfg.VolumeOptions.DriverConfig.Name;
      if (cfg.VolumeOptions?.NoCopy) mp.CopyData = false;
      break;
    case 'bind':
      mp.Source = normalize((cfg.Source ?? '').replaceAll('\\', '/'));
      mp.Propagation = cfg.BindOptions?.Propagation || DEFAULT_PROPAGATION;
      break;
  }
  return mp;
}

/** ParseVolumesFrom: `container[:mode]`; mode defaults to rw (same as the source's). */
export function parseVolumesFrom(spec: string): { id: string; mode: string } {
  if (spec === '') throw new MountParseError('volumes-from specification cannot be an empty string');
  const i = spec.indexOf(':');
  const id = i < 0 ? spec : spec.slice(0, i);
  const mode = i < 0 ? '' : spec.slice(i + 1);
  if (mode === '') return { id, mode: 'rw' };
  if (!validMountMode(mode)) throw errInvalidMode(mode);
  // Propagation and copy modes come from the source container's mounts.
  if (hasPropagation(mode)) throw errInvalidMode(mode);
  if (getCopyMode(mode)[1]) throw errInvalidMode(mode);
  return { id, mode };
}

/** ConvertTmpfsOptions: the tmpfs mount data for a `--mount type=tmpfs` request. */
export function convertTmpfsOptions(opt: TmpfsOptions | undefined, readOnly: boolean): string {
  const raw: string[] = [];
  if (readOnly) raw.push('ro');
  if (opt?.Mode) raw.push(`mode=${opt.Mode.toString(8)}`);
  if (opt?.SizeBytes) {
    let size = opt.SizeBytes;
    let suffix = '';
    for (const [s, div] of [['g', 2 ** 30], ['m', 2 ** 20], ['k', 2 ** 10]] as const) {
      if (size % div === 0) {
        size /= div;
        suffix = s;
        break;
      }
    }
    raw.push(`size=${size}${suffix}`);
  }
  for (const o of opt?.Options ?? []) {
    if (o.length < 1 || o.length > 2) throw new MountParseError('invalid option array length');
    if (o[0] !== 'exec' && o[0] !== 'noexec') throw new MountParseError(`invalid option: ${o[0]}`);
    raw.push(o.length === 1 ? o[0] : `${o[0]}=${o[1]}`);
  }
  return raw.join(',');
}

/** ValidateTmpfsMountDestination (HostConfig.Tmpfs keys). */
export function validateTmpfsDestination(dest: string): void {
  const e = validateNotRoot(dest) ?? validateAbsolute(dest);
  if (e) throw new MountParseError(e);
}

/** strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

/** A Mount with its keys in the Go struct's order (how it marshals). */
export function orderMount(m: Mount): Mount {
  const out: Mount = {};
  for (const k of ['Type', 'Source', 'Target', 'ReadOnly', 'Consistency', 'BindOptions', 'VolumeOptions', 'ImageOptions', 'TmpfsOptions'] as const) {
    if (m[k] !== undefined) (out as Record<string, unknown>)[k] = m[k];
  }
  if (out.VolumeOptions) {
    const v = out.VolumeOptions;
    const o: Mount['VolumeOptions'] = {};
    if (v.NoCopy !== undefined) o.NoCopy = v.NoCopy;
    if (v.Labels !== undefined) o.Labels = v.Labels;
    if (v.Subpath !== undefined) o.Subpath = v.Subpath;
    if (v.DriverConfig !== undefined) o.DriverConfig = v.DriverConfig;
    out.VolumeOptions = o;
  }
  return out;
}
