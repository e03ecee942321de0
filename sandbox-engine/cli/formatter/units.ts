/**
 * github.com/docker/go-units v0.5.0 (vendored by docker/cli 28): human sizes and durations as the
 * CLI prints them (`7.8MB`, `16.43MB`, `About a minute`), and the size parsers behind `bytes` flags
 * (`-m 512m`, `--shm-size 64m`).
 */
import { formatFloat } from '../go/ftoa.ts';
import { parseFloat } from '../go/strconv.ts';

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** getSizeAndUnit: divide step by step (as Go does; one division by 1e6 can round differently). */
function sizeAndUnit(size: number, base: number, abbrs: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size = size / base;
    i++;
  }
  return [size, abbrs[i]];
}

/** `HumanSizeWithPrecision(size, precision)` = `%.*g` + decimal unit, e.g. (7812345, 3) → `7.81MB`. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [v, unit] = sizeAndUnit(size, 1000, DECIMAL_ABBRS);
  return formatFloat(v, 'g', precision) + unit;
}

/** `HumanSize(size)`: 4 significant digits, e.g. 16430000 → `16.43MB`. */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** `BytesSize(size)`: `%.4g` with binary units, e.g. 1048576 → `1MiB`. */
export function bytesSize(size: number): string {
  const [v, unit] = sizeAndUnit(size, 1024, BINARY_ABBRS);
  return formatFloat(v, 'g', 4) + unit;
}

/**
 * `HumanDuration(d)` for a duration given in milliseconds (the simulator's clock unit).
 * Thresholds as in go-units: seconds and minutes truncate, hours round (`int(d.Hours() + 0.5)`).
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}

/** An error from parseSize; `message` is go-units' text (`invalid size: 'x'`, `invalid suffix: 'x'`). */
export class SizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SizeError';
  }
}

const DECIMAL_MAP: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY_MAP: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

/** Go's int64(float64) for the values parseSize can produce (truncation toward zero). */
function toInt64(v: number): number {
  return Math.trunc(v);
}

function parseSize(sizeStr: string, map: Record<string, number>): number {
  // strings.LastIndexAny(sizeStr, "01234567890. ")
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(sizeStr[i])) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new SizeError(`invalid size: '${sizeStr}'`);
  let num: string;
  let sfx: string;
  if (sizeStr[sep] !== ' ') {
    num = sizeStr.slice(0, sep + 1);
    sfx = sizeStr.slice(sep + 1);
  } else {
    num = sizeStr.slice(0, sep);
    sfx = sizeStr.slice(sep + 1);
  }
  let size = parseFloat(num); // throws NumError: its text is what the CLI prints
  if (size < 0) throw new SizeError(`invalid size: '${sizeStr}'`);
  if (sfx.length === 0) return toInt64(size);
  const bad = (s: string) => new SizeError(`invalid suffix: '${s}'`);
  if (sfx.length > 3) throw bad(sfx);
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw bad(sfx);
    return toInt64(size);
  }
  const mul = map[sfx[0]];
  if (mul === undefined) throw bad(sfx);
  size *= mul;
  if (sfx.length === 2 && sfx[1] !== 'b') throw bad(sfx);
  if (sfx.length === 3 && sfx.slice(1) !== 'ib') throw bad(sfx);
  return toInt64(size);
}

/** `FromHumanSize`: decimal multipliers (`1kb` = 1000). */
export function fromHumanSize(size: string): number {
  return parseSize(size, DECIMAL_MAP);
}

/** `RAMInBytes`: binary multipliers (`1k` = 1024), used by `--memory`, `--shm-size`. */
export function ramInBytes(size: string): number {
  return parseSize(size, BINARY_MAP);
}
