/**
 * `--state FILE`: the host's `serialize()` data, saved as JSON between runs.
 *
 * The data is meant to be plain, but file contents are naturally bytes; so Uint8Array, Map and Set
 * are written as tagged objects ({"$bytes": base64}, {"$map": [[k, v]...]}, {"$set": [...]}) and
 * turned back on load, rather than silently becoming `{"0": 104, ...}` or `{}`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const FORMAT = 'dockersim-state';
const VERSION = 1;

interface StateFile {
  format: typeof FORMAT;
  version: number;
  host: unknown;
}

export class StateFileError extends Error {}

function encode(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const v = value as Record<string, unknown>;
  if (typeof v.$bytes === 'string') return new Uint8Array(Buffer.from(v.$bytes, 'base64'));
  if (Array.isArray(v.$map)) return new Map(v.$map as [unknown, unknown][]);
  if (Array.isArray(v.$set)) return new Set(v.$set);
  return value;
}

/** The saved host data, or undefined when FILE does not exist. Throws StateFileError if unusable. */
export function loadState(file: string): unknown {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'), decode);
  } catch (err) {
    throw new StateFileError(`${file}: not a dockersim state file (${(err as Error).message})`);
  }
  const s = parsed as Partial<StateFile> | null;
  if (!s || s.format !== FORMAT) throw new StateFileError(`${file}: not a dockersim state file`);
  if (s.version !== VERSION) {
    throw new StateFileError(`${file}: state format version ${String(s.version)}, this dockersim reads ${VERSION}`);
  }
  return s.host;
}

/** Write atomically (temp file + rename) so an interrupted save never leaves half a state. */
export function saveState(file: string, host: unknown): void {
  const data: StateFile = { format: FORMAT, version: VERSION, host };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, encode) + '\n');
  renameSync(tmp, file);
}
