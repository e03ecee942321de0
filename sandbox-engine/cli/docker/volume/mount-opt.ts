/**
 * `--mount` values (docker/cli v28.5.2 opts/mount.go MountOpt.Set): one CSV record of `key=value`
 * fields (keys case-insensitive), type `volume` unless given. A bad value is a flag error:
 * `invalid argument "<value>" for "--mount" flag: <reason>`, with the usage block, status 125.
 *
 * `MOUNT_VALIDATORS.MountOpt` checks a value at flag-parsing time (registered with the docker
 * command's flag parser); `parseMountOpt` gives the API request the value stands for.
 */
import type { Mount } from '../../../volume/types.ts';
import { orderMount } from '../../../volume/mounts/parser.ts';
import { ramInBytes } from '../../formatter/units.ts';
import type { Validator } from '../../flags/validators.ts';
import { absPath } from './volume-spec.ts';

/**
 * encoding/csv Reader.Read of the first record, with its errors
 * (`parse error on line 1, column N: bare " in non-quoted-field` and the like; `EOF` for nothing).
 */
export function readCsvRecord(text: string): string[] {
  const line = text.split('\n')[0].replace(/\r$/, '');
  if (text === '') throw new Error('EOF');
  const bytes = new TextEncoder();
  const col = (i: number) => bytes.encode(line.slice(0, i)).length + 1;
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] !== '"') {
      const end = line.indexOf(',', i);
      const field = end < 0 ? line.slice(i) : line.slice(i, end);
      const q = field.indexOf('"');
      if (q >= 0) throw new Error(`parse error on line 1, column ${col(i + q)}: bare " in non-quoted-field`);
      fields.push(field);
      if (end < 0) return fields;
      i = end + 1;
      continue;
    }
    let field = '';
    let j = i + 1;
    for (;;) {
      const q = line.indexOf('"', j);
      if (q < 0) throw new Error(`parse error on line 1, column ${col(line.length)}: extraneous or missing " in quoted-field`);
      field += line.slice(j, q);
      if (line[q + 1] === '"') {
        field += '"';
        j = q + 2;
        continue;
      }
      if (q + 1 === line.length) {
        fields.push(field);
        return fields;
      }
      if (line[q + 1] === ',') {
        fields.push(field);
        i = q + 2;
        break;
      }
      throw new Error(`parse error on line 1, column ${col(q)}: extraneous or missing " in quoted-field`);
    }
  }
}

function parseBool(key: string, val: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(val)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(val)) return false;
  throw new Error(`invalid value for ${key}: ${val}`);
}

/** MountOpt.Set for one value; `cwd` makes a `.`-relative source absolute (filepath.Abs). */
export function parseMountOpt(value: string, cwd = '/'): Mount {
  const fields = readCsvRecord(value);
  const m: Mount = { Type: 'volume' };
  const volumeOptions = () => {
    m.VolumeOptions ??= { Labels: {} };
    m.VolumeOptions.DriverConfig ??= {};
    return m.VolumeOptions;
  };
  const bindOptions = () => (m.BindOptions ??= {});
  const tmpfsOptions = () => (m.TmpfsOptions ??= {});
  const setOnMap = (target: Record<string, string>, v: string) => {
    const i = v.indexOf('=');
    const k = i < 0 ? v : v.slice(0, i);
    if (k !== '') target[k] = i < 0 ? '' : v.slice(i + 1);
  };
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') m.ReadOnly = true;
      else if (key === 'volume-nocopy') volumeOptions().NoCopy = true;
      else if (key === 'bind-nonrecursive') bindOptions().NonRecursive = true;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        m.Type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        m.Source = !val.startsWith('/') && val.startsWith('.') ? absPath(val, cwd) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.Target = val;
        break;
      case 'readonly':
      case 'ro':
        m.ReadOnly = parseBool(key, val);
        break;
      case 'consistency':
        m.Consistency = val.toLowerCase();
        break;
      case 'bind-propagation':
        bindOptions().Propagation = val.toLowerCase();
        break;
      case 'bind-nonrecursive':
        bindOptions().NonRecursive = parseBool(key, val);
        break;
      case 'bind-recursive':
        if (val === 'disabled') bindOptions().NonRecursive = true;
        else if (val === 'writable') bindOptions().ReadOnlyNonRecursive = true;
        else if (val === 'readonly') bindOptions().ReadOnlyForceRecursive = true;
        else if (val !== 'enabled') throw new Error(`invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`);
        break;
      case 'volume-subpath':
        volumeOptions().Subpath = val;
        break;
      case 'volume-nocopy':
        try {
          volumeOptions().NoCopy = parseBool(key, val);
        } catch {
          throw new Error(`invalid value for volume-nocopy: ${val}`);
        }
        break;
      case 'volume-label':
        setOnMap((volumeOptions().Labels ??= {}), val);
        break;
      case 'volume-driver':
        volumeOptions().DriverConfig!.Name = val;
        break;
      case 'volume-opt': {
        const dc = volumeOptions().DriverConfig!;
        setOnMap((dc.Options ??= {}), val);
        break;
      }
      case 'image-subpath':
        (m.ImageOptions ??= {}).Subpath = val;
        break;
      case 'tmpfs-size': {
        let size: number;
        try {
          size = ramInBytes(val);
        } catch {
          throw new Error(`invalid value for ${key}: ${val}`);
        }
        tmpfsOptions().SizeBytes = size;
        break;
      }
      case 'tmpfs-mode':
        if (!/^[0-7]+$/.test(val) || parseInt(val, 8) > 0xffffffff) throw new Error(`invalid value for ${key}: ${val}`);
        tmpfsOptions().Mode = parseInt(val, 8);
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (m.Type === '') throw new Error('type is required');
  if (!m.Target) throw new Error('target is required');
  const mix = (what: string) => new Error(`cannot mix '${what}-*' options with mount type '${m.Type}'`);
  if (m.VolumeOptions && m.Type !== 'volume') throw mix('volume');
  if (m.ImageOptions && m.Type !== 'image') throw mix('image');
  if (m.BindOptions && m.Type !== 'bind') throw mix('bind');
  if (m.TmpfsOptions && m.Type !== 'tmpfs') throw mix('tmpfs');
  if (m.BindOptions?.ReadOnlyNonRecursive && !m.ReadOnly) throw new Error("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  if (m.BindOptions?.ReadOnlyForceRecursive) {
    if (!m.ReadOnly) throw new Error("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    if (m.BindOptions.Propagation !== 'rprivate') throw new Error("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction");
  }
  // Labels is always made with the volume options; an empty map is omitted when it marshals.
  if (m.VolumeOptions?.Labels && Object.keys(m.VolumeOptions.Labels).length === 0) delete m.VolumeOptions.Labels;
  return orderMount(m);
}

/** The docker command's extra flag validators (cli/flags/validators.ts names). */
export const MOUNT_VALIDATORS: Readonly<Record<string, Validator>> = {
  MountOpt: (value) => {
    parseMountOpt(value);
    return value;
  },
};
