/**
 * An Engine API response as the Go value behind it, so that one description gives both faces a
 * user can see:
 *
 * - the wire JSON (what `docker inspect` prints): fields under their `json:"..."` names, in struct
 *   order, `omitempty` fields left out when empty (`wireValue`, then cli/go/json.ts `marshal`);
 * - the CLI's typed struct (what `--format` templates see first): fields under their Go names,
 *   nothing omitted, nil slices and maps kept apart from empty ones (`typedValue`). Go template
 *   field lookup uses Go names: `{{.ID}}` works on the typed struct, `{{.Id}}` only through the
 *   raw-JSON fallback (cli/command/inspect/inspector.go), exactly as with the real CLI.
 *
 * Values inside a struct: primitives, `null` (nil pointer), NIL_SLICE / NIL_MAP (cli/go/value.ts),
 * arrays, `Map` (Go maps, keys sorted when printed), nested GoStructs.
 *
 * Example:
 *   const s = goStruct('container.State', [['Status', 'running'], ['Health', null, { omitempty: true }]]);
 *   marshal(wireValue(s))         // {"Status":"running"}
 *   typedValue(s)                 // { Status: 'running', Health: null }  (prints <nil>)
 *   typedJSON(typedValue(s))      // {"Status":"running"}  — the template `json` function
 */
import { GO_TYPE, GoAddress, NIL_MAP, NIL_SLICE, STRUCT_PRINT, isNilMap, isNilSlice } from '../cli/go/value.ts';
import { marshal } from '../cli/go/json.ts';

export { NIL_MAP, NIL_SLICE };

export interface GoField {
  /** The Go field name (template lookups). */
  readonly go: string;
  /** The JSON key. */
  readonly json: string;
  readonly value: unknown;
  readonly omitEmpty: boolean;
  /** When the wire form differs from the typed value (a time.Time: String() vs RFC 3339). */
  readonly wire?: unknown;
  readonly hasWire: boolean;
  /** An embedded struct (a Go field with no name): its fields are promoted. */
  readonly embedded: boolean;
  /** A pointer to a scalar (`*bool`): fmt prints it inside a struct as an address when set. */
  readonly pointer: boolean;
}

export class GoStruct {
  /** Go type name as %T / template errors print it, e.g. `*container.InspectResponse`. */
  readonly goType: string;
  readonly fields: readonly GoField[];
  /** A MarshalJSON that goes through map[string]any: keys sorted, nested objects too. */
  readonly viaMap: boolean;
  constructor(goType: string, fields: readonly GoField[], viaMap = false) {
    this.goType = goType;
    this.fields = fields;
    this.viaMap = viaMap;
  }

  get(goName: string): unknown {
    return this.fields.find((f) => f.go === goName)?.value;
  }
}

export interface FieldOptions {
  /** JSON key when it differs from the Go name (`json:"Id"`); '-' keeps the field off the wire. */
  json?: string;
  omitempty?: boolean;
  /** Wire value when it differs from the typed one. */
  wire?: unknown;
  /**
   * The value is a GoStruct embedded in this one (`type HostConfig struct { ...; Resources; ... }`):
   * on the wire its fields sit among the outer ones (encoding/json), templates reach them
   * directly (`{{.HostConfig.Memory}}`), and fmt prints it as a nested `{...}` in place.
   */
  embedded?: boolean;
  /** The Go field is a pointer to a scalar (`OomKillDisable *bool`): see GoField.pointer. */
  pointer?: boolean;
}

export type FieldSpec = readonly [name: string, value: unknown, opts?: FieldOptions];

export function goStruct(goType: string, specs: readonly FieldSpec[], opts: { viaMap?: boolean } = {}): GoStruct {
  return new GoStruct(
    goType,
    specs.map(([name, value, o]) => ({
      go: name,
      json: o?.json ?? name,
      value,
      omitEmpty: o?.omitempty ?? false,
      wire: o?.wire,
      hasWire: o !== undefined && 'wire' in o,
      embedded: o?.embedded ?? false,
      pointer: o?.pointer ?? false,
    })),
    opts.viaMap ?? false,
  );
}

/** A JSON object decoded as map[string]any (and re-encoded: keys sorted at every level). */
function anyMap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(anyMap);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, anyMap(x)]));
  if (v !== null && typeof v === 'object' && !isNilSlice(v) && !isNilMap(v)) {
    return new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, anyMap(x)]));
  }
  return v;
}

/** encoding/json isEmptyValue: false, 0, "", nil, and empty slices and maps (never a struct). */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (isNilSlice(v) || isNilMap(v)) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  return false;
}

/** The value as encoding/json sees it: JSON keys, omitempty applied. */
export function wireValue(v: unknown): unknown {
  if (v instanceof GoStruct) {
    const out: Record<string, unknown> = {};
    const own = new Set(v.fields.filter((f) => !f.embedded).map((f) => f.json));
    for (const f of v.fields) {
      if (f.embedded && f.value instanceof GoStruct) {
        // encoding/json promotes the embedded struct's fields; an outer field of the same name wins.
        const inner = wireValue(f.value) as Record<string, unknown>;
        for (const [k, x] of Object.entries(inner)) if (!own.has(k)) out[k] = x;
        continue;
      }
      const x = f.hasWire ? f.wire : f.value;
      if (f.json === '-' || (f.omitEmpty && isEmptyValue(f.value))) continue;
      out[f.json] = wireValue(x);
    }
    return v.viaMap ? anyMap(out) : out;
  }
  if (Array.isArray(v)) return v.map(wireValue);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, wireValue(x)]));
  return v;
}

/** The typed struct of a GoStruct → its description (for the template `json` function). */
const described = new WeakMap<object, GoStruct>();

/** The value as the CLI's decoded Go struct: Go field names, every field present. */
export function typedValue(v: unknown): unknown {
  if (v instanceof GoStruct) {
    const out: Record<string | symbol, unknown> = {};
    const own = new Set(v.fields.filter((f) => !f.embedded).map((f) => f.go));
    // What fmt prints, when that is not simply the own keys (embedded structs, pointers).
    const printed: [string, unknown][] = [];
    let special = false;
    for (const f of v.fields) {
      const typed = typedValue(f.value);
      if (f.embedded && typed !== null && typeof typed === 'object') {
        // Reachable by its type's name (`{{.HostConfig.Resources}}`), and its fields promoted for
        // lookups; the outer struct's own fields win (Go's shallower depth).
        out[f.go] = typed;
        for (const [k, x] of Object.entries(typed as Record<string, unknown>)) if (!own.has(k)) out[k] = x;
        printed.push([f.go, typed]);
        special = true;
        continue;
      }
      out[f.go] = typed;
      if (f.pointer && typed !== null && typed !== undefined) {
        printed.push([f.go, new GoAddress(fakeAddress(v.goType, f.go))]);
        special = true;
      } else printed.push([f.go, typed]);
    }
    out[GO_TYPE] = v.goType;
    if (special) Object.defineProperty(out, STRUCT_PRINT, { value: printed, enumerable: false });
    described.set(out, v);
    return out;
  }
  if (Array.isArray(v)) return v.map(typedValue);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, typedValue(x)]));
  return v;
}

/**
 * A heap address as Go prints a pointer (`0xc000...`): real ones change from run to run; this
 * one is fixed per field so that outputs stay deterministic.
 */
function fakeAddress(goType: string, field: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${goType}.${field}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `0xc000${(h & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** Undo typedValue where it can, so that json.Marshal sees tags and omitempty. */
function jsonForm(v: unknown): unknown {
  if (v !== null && typeof v === 'object') {
    const d = described.get(v);
    if (d) return wireValue(d);
    if (Array.isArray(v)) return v.map(jsonForm);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, jsonForm(x)]));
  }
  return v;
}

/** docker's template `json` function over typed values (json.Encoder, HTML escaping off). */
export function typedJSON(v: unknown): string {
  return marshal(jsonForm(v), { escapeHTML: false });
}
