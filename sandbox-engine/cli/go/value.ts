/**
 * How JavaScript values stand for Go values in templates, fmt and encoding/json:
 *
 *   string, boolean            string, bool
 *   number                     int when integral, float64 otherwise (GoFloat forces float64)
 *   bigint                     int64
 *   null                       a nil pointer/interface (`<nil>`)
 *   undefined                  no value at all (an invalid reflect.Value: `<no value>`)
 *   Array                      a slice;   NIL_SLICE is a nil slice (`[]`, JSON null)
 *   Map (string keys)          a map;     NIL_MAP is a nil map (`map[]`, JSON null)
 *   plain object               a struct: its own keys are the fields in order; a function-valued
 *                              key is a method (called with the template arguments)
 *   JsonNumber                 encoding/json's Number (from a raw inspect fallback)
 *
 * Go type names (for errors and `%T`) are inferred, or taken from the GO_TYPE symbol on an object,
 * array or map, e.g. `obj[GO_TYPE] = '*formatter.ContainerContext'`. Containers decoded from raw
 * JSON (fromJSON) are marked RAW: their elements sit in `interface{}` slots, as Go's
 * `json.Decoder` builds them, which changes some error texts ("in type interface {}").
 */

export const GO_TYPE: unique symbol = Symbol('goType');

/** A float64 whose value happens to be integral (template constants such as `3.0`). */
export class GoFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/** A byte (uint8), as indexing a string yields. */
export class GoUint8 {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/** encoding/json.Number: a string kind holding a number's text. */
export class JsonNumber {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

class NilSlice {
  readonly goType: string;
  constructor(goType: string) {
    this.goType = goType;
  }
}
class NilMap {
  readonly goType: string;
  constructor(goType: string) {
    this.goType = goType;
  }
}

/** A nil []string: prints `[]`, encodes as JSON null. */
export const NIL_SLICE = new NilSlice('[]string');
/** A nil map[string]string: prints `map[]`, encodes as JSON null. */
export const NIL_MAP = new NilMap('map[string]string');

export function isNilSlice(v: unknown): v is NilSlice {
  return v instanceof NilSlice;
}
export function isNilMap(v: unknown): v is NilMap {
  return v instanceof NilMap;
}

const RAW = new WeakSet<object>();

/** Containers produced by fromJSON (map[string]interface{} / []interface{}). */
export function isRaw(v: unknown): boolean {
  return typeof v === 'object' && v !== null && RAW.has(v);
}

/** Decode JSON text the way docker's inspect fallback does (json.Decoder with UseNumber). */
export function fromJSON(value: unknown): unknown {
  const conv = (x: unknown): unknown => {
    if (Array.isArray(x)) {
      const a = x.map(conv);
      RAW.add(a);
      return a;
    }
    if (x instanceof JsonNumber) return x;
    if (x !== null && typeof x === 'object') {
      const m = new Map<string, unknown>();
      for (const [k, v] of Object.entries(x)) m.set(k, conv(v));
      RAW.add(m);
      return m;
    }
    if (typeof x === 'number') return new JsonNumber(String(x));
    return x;
  };
  return conv(typeof value === 'string' ? parseJsonWithNumbers(value) : value);
}

/** JSON.parse keeping number texts exactly (json.Number). */
function parseJsonWithNumbers(text: string): unknown {
  // Replace numbers by marked strings outside string literals, then revive.
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g, (m, num: string | undefined) =>
    num === undefined ? m : JSON.stringify('\u0000num:' + num),
  );
  return JSON.parse(marked, (_k, v: unknown) =>
    typeof v === 'string' && v.startsWith('\u0000num:') ? new JsonNumber(v.slice(5)) : v,
  );
}

export function isStruct(v: unknown): v is Record<string | symbol, unknown> {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v) || v instanceof Map || v instanceof GoFloat || v instanceof GoUint8 || v instanceof JsonNumber || v instanceof GoAddress) return false;
  if (v instanceof NilSlice || v instanceof NilMap) return false;
  return true;
}

export type Kind = 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'string' | 'slice' | 'map' | 'struct' | 'func';

export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'function':
      return 'func';
  }
  if (v instanceof GoFloat) return 'float';
  if (v instanceof GoUint8) return 'int';
  if (v instanceof JsonNumber) return 'string';
  if (Array.isArray(v) || v instanceof NilSlice) return 'slice';
  if (v instanceof Map || v instanceof NilMap) return 'map';
  return 'struct';
}

/** A plain number for int/float kinds. */
export function numberOf(v: unknown): number {
  if (v instanceof GoFloat || v instanceof GoUint8) return v.value;
  if (typeof v === 'bigint') return Number(v);
  return v as number;
}

/** Struct fields (own string keys, in order), excluding methods. */
export function structFields(v: Record<string, unknown>): [string, unknown][] {
  return Object.keys(v)
    .filter((k) => typeof v[k] !== 'function')
    .map((k) => [k, v[k]]);
}

/**
 * How fmt prints a struct whose own keys do not say it alone (set by api/gostruct.ts typedValue):
 * its printed fields in order, an embedded struct as one field holding the inner struct (Go
 * prints `{... {inner fields} ...}`; its fields are also own keys of the outer object, as Go
 * promotes them for templates), a non-nil pointer to a scalar as a GoAddress.
 */
export const STRUCT_PRINT: unique symbol = Symbol('structPrint');

/** A non-nil pointer to a scalar (`*bool` set to false): fmt prints it, inside a struct, as an address. */
export class GoAddress {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** The fields fmt prints for a struct value: STRUCT_PRINT when given, else its own keys. */
export function printedFields(v: Record<string | symbol, unknown>): [string, unknown][] {
  const layout = v[STRUCT_PRINT] as [string, unknown][] | undefined;
  return layout ?? structFields(v as Record<string, unknown>);
}

/** Go type name of a value, as %T and template errors print it. */
export function typeName(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'object' || typeof v === 'function') {
    const tagged = (v as { [GO_TYPE]?: string })[GO_TYPE];
    if (tagged) return tagged;
  }
  switch (kindOf(v)) {
    case 'bool':
      return 'bool';
    case 'string':
      return v instanceof JsonNumber ? 'json.Number' : 'string';
    case 'int':
      return typeof v === 'bigint' ? 'int64' : v instanceof GoUint8 ? 'uint8' : 'int';
    case 'float':
      return 'float64';
    case 'func':
      return 'func(...interface {}) interface {}';
    case 'slice': {
      if (v instanceof NilSlice) return v.goType;
      const a = v as unknown[];
      if (isRaw(a)) return '[]interface {}';
      if (a.every((x) => typeof x === 'string')) return '[]string';
      return '[]interface {}';
    }
    case 'map': {
      if (v instanceof NilMap) return v.goType;
      const m = v as Map<string, unknown>;
      if (isRaw(m)) return 'map[string]interface {}';
      if ([...m.values()].every((x) => typeof x === 'string')) return 'map[string]string';
      return 'map[string]interface {}';
    }
    default:
      return 'struct {}';
  }
}

/** Map keys sorted as fmt and encoding/json sort string keys. */
export function sortedKeys(m: Map<string, unknown>): string[] {
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
