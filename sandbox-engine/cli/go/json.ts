/**
 * Go's encoding/json Marshal for the value model of value.ts: map keys sorted, struct fields in
 * declaration (insertion) order, nil slices/maps/pointers as null, floats as Go formats them
 * (`1e+21`, `1e-7`), and Go's string escaping: \b \f \n \r \t, other controls as \u00XX,
 * U+2028/U+2029 always escaped, and `<`, `>`, `&` as \u003c \u003e \u0026 when escapeHTML is on
 * (the default of json.Marshal; docker's template `json` function turns it off).
 * `indent` gives json.MarshalIndent(v, "", indent) (docker inspect uses four spaces).
 */
import { formatFloat } from './ftoa.ts';
import { GoFloat, GoUint8, JsonNumber, isNilMap, isNilSlice, sortedKeys, structFields } from './value.ts';

export interface MarshalOptions {
  escapeHTML?: boolean;
  indent?: string;
}

const HEX = '0123456789abcdef';

export function encodeString(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) {
      if (ch === '"' || ch === '\\') out += '\\' + ch;
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (cp < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) {
        out += '\\u00' + HEX[cp >> 4] + HEX[cp & 0xf];
      } else out += ch;
    } else if (cp === 0x2028 || cp === 0x2029) {
      out += '\\u' + cp.toString(16);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8 for Go
    } else out += ch;
  }
  return out + '"';
}

/** encoding/json floatEncoder for float64. */
export function encodeFloat(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${formatFloat(f, 'g', -1)}`);
  const abs = Math.abs(f);
  let fmt: 'f' | 'e' = 'f';
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) fmt = 'e';
  let s = formatFloat(f, fmt, -1);
  if (fmt === 'e') s = s.replace(/e([+-])0(\d)$/, 'e$1$2');
  return s;
}

function encode(v: unknown, o: Required<MarshalOptions>, level: number): string | undefined {
  if (v === undefined) return undefined;
  if (v === null || isNilSlice(v) || isNilMap(v)) return 'null';
  switch (typeof v) {
    case 'string':
      return encodeString(v, o.escapeHTML);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isInteger(v) ? String(v) : encodeFloat(v);
    case 'function':
      return undefined;
  }
  if (v instanceof GoFloat) return encodeFloat(v.value);
  if (v instanceof GoUint8) return String(v.value);
  if (v instanceof JsonNumber) return v.text;
  const nl = o.indent ? '\n' + o.indent.repeat(level + 1) : '';
  const end = o.indent ? '\n' + o.indent.repeat(level) : '';
  const sep = o.indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const items = v.map((x) => encode(x, o, level + 1) ?? 'null');
    return '[' + items.map((x) => nl + x).join(',') + end + ']';
  }
  let entries: [string, unknown][];
  if (v instanceof Map) {
    entries = sortedKeys(v as Map<string, unknown>).map((k) => [k, (v as Map<string, unknown>).get(k)]);
  } else {
    entries = structFields(v as Record<string, unknown>);
  }
  const parts: string[] = [];
  for (const [k, x] of entries) {
    const enc = encode(x, o, level + 1);
    if (enc === undefined) continue;
    parts.push(nl + encodeString(k, o.escapeHTML) + sep + enc);
  }
  if (parts.length === 0) return '{}';
  return '{' + parts.join(',') + end + '}';
}

/** json.Marshal / json.MarshalIndent. */
export function marshal(v: unknown, opts: MarshalOptions = {}): string {
  return encode(v, { escapeHTML: opts.escapeHTML ?? true, indent: opts.indent ?? '' }, 0) ?? 'null';
}
