/**
 * `RUN --mount=…` and `RUN --device=…` values, after BuildKit's instructions/commands_runmount.go
 * and commands_rundevice.go. While the Dockerfile is parsed BuildKit has no expander yet and checks
 * only `from=` for variables; the builder calls parseMount again with an expander, which applies
 * every rule (types, keys, modes, secret constraints).
 */
import { goQuote } from '../../cli/go/quote.ts';
import { parseBool, parseUint } from '../../cli/go/strconv.ts';
import { csvFields, CsvError } from './csv.ts';
import { DockerfileSyntaxError } from './errors.ts';
import { withSuggestion } from './suggest.ts';

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
export type ShareMode = 'shared' | 'private' | 'locked';

export interface Mount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  sizeLimit: number;
  cacheId: string;
  cacheSharing: ShareMode | '';
  required: boolean;
  env: string | null;
  mode: number | null;
  uid: number | null;
  gid: number | null;
}

/** Expands one word (variables), or throws. */
export type SingleWordExpander = (word: string) => string;

const MOUNT_TYPES: readonly MountType[] = ['bind', 'cache', 'secret', 'ssh', 'tmpfs'];
const SHARE_MODES: readonly ShareMode[] = ['locked', 'private', 'shared'];
const ALL_KEYS = [
  'type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid',
  'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env',
];

const fail = (msg: string): never => {
  throw new DockerfileSyntaxError('instruction', msg);
};

function fields(val: string, what: string): string[] {
  try {
    return csvFields(val);
  } catch (e) {
    if (e instanceof CsvError) return fail(`failed to parse csv ${what}: ${e.message}`);
    throw e;
  }
}

function boolOf(key: string, value: string): boolean {
  try {
    return parseBool(value);
  } catch {
    return fail(`invalid value for ${key}: ${value}`);
  }
}

function uintOf(value: string, base: number, what: string): number {
  try {
    return parseUint(value, base, 32);
  } catch {
    return fail(`invalid value ${value} for ${what}`);
  }
}

/** go-units RAMInBytes: `<number>[b|k|m|g|t|p][b|ib]`, binary multiples. */
function ramInBytes(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value);
  if (m === null) return null;
  const mult: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };
  return Math.floor(Number(m[1]) * (m[2] ? mult[m[2].toLowerCase()] : 1));
}

export function parseMount(val: string, expander: SingleWordExpander | null): Mount {
  const m: Mount = {
    type: 'bind', from: '', source: '', target: '', readOnly: false, sizeLimit: 0, cacheId: '',
    cacheSharing: '', required: false, env: null, mode: null, uid: null, gid: null,
  };
  let roAuto = true;
  for (const field of fields(val, 'mounts')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    let value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (expander === null) continue; // evaluated later, with an expander
      if (key === 'readonly' || key === 'ro') {
        m.readOnly = true;
        roAuto = false;
        continue;
      }
      if (key === 'readwrite' || key === 'rw') {
        m.readOnly = false;
        roAuto = false;
        continue;
      }
      if (key === 'required') {
        if (m.type === 'secret' || m.type === 'ssh') {
          m.required = true;
          continue;
        }
        fail(`unexpected key '${key}' for mount type '${m.type}'`);
      }
      fail(`invalid field '${field}' must be a key=value pair`);
    }
    if (expander !== null) {
      value = expander(value);
    } else if (key === 'from') {
      const i = value.indexOf('$');
      if (i !== -1 && i !== value.length - 1) fail(`'${key}' doesn't support variable expansion, define alias stage instead`);
    } else {
      continue;
    }
    switch (key) {
      case 'type': {
        const t = value.toLowerCase() as MountType;
        if (!MOUNT_TYPES.includes(t)) fail(withSuggestion(`unsupported mount type ${goQuote(value)}`, value, MOUNT_TYPES, true));
        m.type = t;
        break;
      }
      case 'from': m.from = value; break;
      case 'source': case 'src': m.source = value; break;
      case 'target': case 'dst': case 'destination': m.target = value; break;
      case 'readonly': case 'ro': m.readOnly = boolOf(key, value); roAuto = false; break;
      case 'readwrite': case 'rw': m.readOnly = !boolOf(key, value); roAuto = false; break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh') fail(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = boolOf(key, value);
        break;
      case 'size': {
        if (m.type !== 'tmpfs') fail(`unexpected key '${key}' for mount type '${m.type}'`);
        const size = ramInBytes(value);
        if (size === null) fail(`invalid value for ${key}: ${value}`);
        m.sizeLimit = size ?? 0;
        break;
      }
      case 'id': m.cacheId = value; break;
      case 'sharing': {
        const s = value.toLowerCase() as ShareMode;
        if (!SHARE_MODES.includes(s)) fail(withSuggestion(`unsupported sharing value ${goQuote(value)}`, value, SHARE_MODES, true));
        m.cacheSharing = s;
        break;
      }
      case 'mode': m.mode = uintOf(value, 8, 'mode'); break;
      case 'uid': m.uid = uintOf(value, 10, 'uid'); break;
      case 'gid': m.gid = uintOf(value, 10, 'gid'); break;
      case 'env': m.env = value; break;
      default:
        fail(withSuggestion(`unexpected key '${key}' in '${field}'`, key, ALL_KEYS, true));
    }
  }
  if (m.type !== 'secret' && m.type !== 'ssh' && m.type !== 'cache') {
    if (m.mode !== null) fail(`mode not allowed for "${m.type}" type mounts`);
    if (m.uid !== null) fail(`uid not allowed for "${m.type}" type mounts`);
    if (m.gid !== null) fail(`gid not allowed for "${m.type}" type mounts`);
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== '') fail('secret mount should not have a from');
    if (m.cacheSharing !== '') fail('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') fail('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.cacheId !== '') fail("both source and id can't be set");
  }
  if (m.cacheSharing !== '' && m.type !== 'cache') fail(`invalid cache sharing set for ${m.type} mount`);
  return m;
}

export interface Device {
  name: string;
  required: boolean;
}

export function parseDevice(val: string): Device {
  const d: Device = { name: '', required: false };
  for (const field of fields(val, 'devices')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'required') {
        d.required = true;
        continue;
      }
      if (d.name === '') {
        d.name = field;
        continue;
      }
      fail(`invalid field '${field}' must be a key=value pair`);
    }
    if (key === 'name') {
      if (d.name !== '') fail(`device name already set to ${d.name}`);
      d.name = value;
    } else if (key === 'required') {
      d.required = boolOf(key, value);
    } else if (d.name === '') {
      d.name = field;
    } else {
      fail(withSuggestion(`unexpected key '${key}' in '${field}'`, key, ['name', 'required'], true));
    }
  }
  return d;
}
