/**
 * `--state FILE`: the host's `serialize()` data, saved as JSON between runs.
 *
 * The engine's saved state is plain JSON by contract (file bytes are base64 strings in it), so it
 * is written and read as it is. No tagged objects: the state holds user data (container labels,
 * environment), and a label named `$bytes` must come back as a label. A Map, Set or byte array
 * reaching the file is an engine bug: the save fails with its key rather than losing it.
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

function plainOnly(key: string, value: unknown): unknown {
  if (value instanceof Uint8Array || value instanceof Map || value instanceof Set) {
    throw new Error(`the host state is not plain JSON: ${value.constructor.name} at "${key}"`);
  }
  return value;
}

/** The saved host data, or undefined when FILE does not exist. Throws StateFileError if unusable. */
export function loadState(file: string): unknown {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
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
  writeFileSync(tmp, JSON.stringify(data, plainOnly) + '\n');
  renameSync(tmp, file);
}
