/**
 * Value semantics per flag type: the initial value from DefValue, and Set(raw) as pflag and
 * docker/cli's opts package implement it. Set throws an Error whose message is the inner error
 * text; the FlagSet wraps it as `invalid argument "raw" for "-t, --timeout" flag: <message>`.
 */
import { parseBool, parseFloat, parseInt, parseUint } from '../go/strconv.ts';
import { parseDuration } from '../go/duration.ts';
import { ramInBytes } from '../formatter/units.ts';
import type { FlagTypeName, FlagValue } from './types.ts';

export interface SetContext {
  /** Set already called on this flag during this parse (stringArray/strings replace the default once). */
  changed: boolean;
  /** The spec's validator name (a few change how a type parses, e.g. MemSwapBytes). */
  validatorName?: string;
  /** Validator to run on each list/map element, if any. */
  validate?: (raw: string) => string;
}

/** The zero DefValue pflag uses for each type (what `defValue` means when omitted). */
export function zeroDefValue(type: FlagTypeName): string {
  switch (type) {
    case 'bool':
      return 'false';
    case 'int':
    case 'uint':
    case 'uint16':
    case 'uint32':
    case 'float':
    case 'bytes':
    case 'decimal':
      return '0';
    case 'duration':
      return '0s';
    case 'strings':
    case 'stringArray':
      return '[]';
    case 'map':
    case 'stringToString':
      return 'map[]';
    default:
      return '';
  }
}

/** pflag's defaultIsZeroValue: whether help omits ` (default ...)`. */
export function defaultIsZero(type: FlagTypeName, defValue: string): boolean {
  switch (type) {
    case 'bool':
      return defValue === 'false';
    case 'duration':
      return defValue === '0' || defValue === '0s';
    case 'int':
    case 'uint':
    case 'float':
      return defValue === '0';
    case 'string':
      return defValue === '';
    case 'strings':
    case 'stringArray':
      return defValue === '[]';
    default:
      // Custom values (docker opts: list, map, bytes, uint16 via opts, ...): pflag compares String().
      return defValue === 'false' || defValue === '<nil>' || defValue === '' || defValue === '0';
  }
}

function splitMapDefault(def: string): Map<string, string> {
  // DefValue of a map is Go's `map[k:v k2:v2]`; only the empty form occurs in docker's flags.
  const m = new Map<string, string>();
  const inner = def.replace(/^map\[/, '').replace(/\]$/, '');
  if (inner === '') return m;
  for (const pair of inner.split(' ')) {
    const i = pair.indexOf(':');
    m.set(i < 0 ? pair : pair.slice(0, i), i < 0 ? '' : pair.slice(i + 1));
  }
  return m;
}

function splitListDefault(def: string): string[] {
  const inner = def.replace(/^\[/, '').replace(/\]$/, '');
  return inner === '' ? [] : inner.split(/[ ,]/);
}

/** The value a flag holds before any Set. */
export function initialValue(type: FlagTypeName, defValue: string): FlagValue {
  switch (type) {
    case 'bool':
      return defValue === 'true';
    case 'string':
      return defValue;
    case 'int':
    case 'uint':
    case 'uint16':
    case 'uint32':
    case 'bytes':
    case 'decimal':
    case 'float':
      return defValue === '' ? 0 : Number(defValue);
    case 'duration':
      return defValue === '' ? 0n : parseDuration(defValue);
    case 'map':
    case 'stringToString':
      return splitMapDefault(defValue);
    case 'strings':
    case 'stringArray':
      return splitListDefault(defValue);
    default:
      // list, filter and every custom opts type: a list of raw values, empty by default.
      return [];
  }
}

/** One CSV record (Go encoding/csv, as pflag's stringSlice reads `a,"b,c"`). */
export function readCsvRecord(val: string): string[] {
  if (val === '') return [];
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (val[i] === '"') {
      i++;
      for (;;) {
        if (i >= val.length) throw new Error('extraneous or missing " in quoted-field');
        if (val[i] === '"') {
          if (val[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += val[i++];
      }
      if (i < val.length && val[i] !== ',') throw new Error('extraneous or missing " in quoted-field');
    } else {
      while (i < val.length && val[i] !== ',') {
        if (val[i] === '"') throw new Error('bare " in non-quoted-field');
        field += val[i++];
      }
    }
    out.push(field);
    if (i >= val.length) return out;
    i++; // the comma
    if (i === val.length) {
      out.push('');
      return out;
    }
  }
}

/** big.Rat.SetString for `--cpus`: `1.5`, `3/2`, `1e-1`; null when Go would refuse it. */
function parseRational(s: string): { num: bigint; den: bigint } | null {
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(s);
  if (frac) {
    const den = BigInt(frac[2]);
    if (den === 0n) return null;
    return { num: BigInt(frac[1]), den };
  }
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) return null;
  const digits = (dec[2] || '0') + (dec[3] ?? '');
  const exp = Number(dec[4] ?? '0') - (dec[3] ?? '').length;
  let num = BigInt(digits) * (dec[1] === '-' ? -1n : 1n);
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  return { num, den };
}

/** opts.ParseCPUs: the number of nano-CPUs. */
export function parseCPUs(value: string): number {
  const r = parseRational(value);
  if (!r) throw new Error(`failed to parse ${value} as a rational number`);
  const scaled = r.num * 1_000_000_000n;
  if (scaled % r.den !== 0n) throw new Error('value is too precise');
  return Number(scaled / r.den);
}

/** Apply one `--flag raw` to the current value. */
export function setValue(type: FlagTypeName, current: FlagValue, raw: string, ctx: SetContext): FlagValue {
  switch (type) {
    case 'bool':
      return parseBool(raw);
    case 'string':
      return raw;
    case 'int':
      return parseInt(raw, 0, 64);
    case 'uint':
      return parseUint(raw, 0, 64);
    case 'uint16':
      return parseUint(raw, 0, 16);
    case 'uint32':
      return parseUint(raw, 0, 32);
    case 'float':
      return parseFloat(raw);
    case 'duration':
      return parseDuration(raw);
    case 'bytes':
      // opts.MemBytes; opts.MemSwapBytes (`--memory-swap`) also accepts -1 for unlimited.
      if (raw === '-1' && ctx.validatorName === 'MemSwapBytes') return -1;
      return ramInBytes(raw);
    case 'decimal':
      return parseCPUs(raw);
    case 'strings': {
      const v = readCsvRecord(raw);
      return ctx.changed ? [...(current as string[]), ...v] : v;
    }
    case 'stringArray':
      return ctx.changed ? [...(current as string[]), raw] : [raw];
    case 'map': {
      const v = ctx.validate ? ctx.validate(raw) : raw;
      const m = new Map(current as Map<string, string>);
      const i = v.indexOf('=');
      m.set(i < 0 ? v : v.slice(0, i), i < 0 ? '' : v.slice(i + 1));
      return m;
    }
    case 'stringToString':
      return setStringToString(current as Map<string, string>, raw, ctx.changed);
    case 'filter': {
      // opts.FilterOpt: an empty value is ignored; name is lower-cased and trimmed.
      if (raw === '') return current;
      if (!raw.includes('=')) throw new Error('bad format of filter (expected name=value)');
      const i = raw.indexOf('=');
      const name = raw.slice(0, i).trim().toLowerCase();
      return [...(current as string[]), name + '=' + raw.slice(i + 1).trim()];
    }
    default: {
      // list (opts.ListOpts) and the custom opts types: append the validated value.
      const v = ctx.validate ? ctx.validate(raw) : raw;
      return [...(current as string[]), v];
    }
  }
}

function setStringToString(current: Map<string, string>, val: string, changed: boolean): Map<string, string> {
  const n = val.split('=').length - 1;
  let pairs: string[];
  if (n === 0) throw new Error(`${val} must be formatted as key=value`);
  if (n === 1) pairs = [val.replace(/^"+|"+$/g, '')];
  else pairs = readCsvRecord(val);
  const out = changed ? new Map(current) : new Map<string, string>();
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i < 0) throw new Error(`${p} must be formatted as key=value`);
    out.set(p.slice(0, i), p.slice(i + 1));
  }
  return out;
}
