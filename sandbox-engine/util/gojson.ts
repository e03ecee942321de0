/**
 * JSON bytes exactly as Go's encoding/json writes them, because image IDs are sha256 of config
 * bytes and `docker inspect` prints MarshalIndent output.
 *
 * - Plain objects are structs: keys in insertion order (build them in the Go struct's field order;
 *   apply `omitempty` yourself by leaving the key out). `undefined` values are skipped.
 * - `Map` instances are Go maps: keys sorted bytewise.
 * - Strings escape `<`, `>`, `&`, U+2028 and U+2029 as \u003c..., as Go's default HTML-safe encoder.
 * - `indent` gives MarshalIndent(v, "", indent); empty arrays and maps stay `[]` and `{}`.
 */
export type GoValue = null | boolean | number | string | GoValue[] | Map<string, GoValue> | { [k: string]: GoValue | undefined } | undefined;

export function goMarshal(v: GoValue, indent = ''): string {
  return enc(v, indent, '');
}

export function goString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20) {
      if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else out += '\\u00' + c.toString(16).padStart(2, '0');
    } else if (ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function num(n: number): string {
  if (Number.isInteger(n)) return String(n);
  // Go uses the shortest representation, switching to exponent form for |n| < 1e-6 or >= 1e21.
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(n);
}

function enc(v: GoValue, indent: string, cur: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return goString(v);
  const inner = cur + indent;
  const nl = indent ? '\n' : '';
  const colon = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + nl + v.map((x) => inner + enc(x, indent, inner)).join(',' + nl) + nl + cur + ']';
  }
  const entries: Array<[string, GoValue]> =
    v instanceof Map ? [...v.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) : Object.entries(v).filter(([, x]) => x !== undefined) as Array<[string, GoValue]>;
  if (entries.length === 0) return '{}';
  return '{' + nl + entries.map(([k, x]) => inner + goString(k) + colon + enc(x, indent, inner)).join(',' + nl) + nl + cur + '}';
}
