/**
 * Template functions: Go's builtins (text/template/funcs.go, Go 1.24) and docker/cli's
 * (templates/templates.go v28.2.2: json, split, join, title, lower, upper, pad, truncate), with
 * their Go signatures, because argument checking and its error texts depend on them
 * (`wrong number of args for join: want 2 got 1`, `expected string; found 3`).
 */
import { marshal } from '../go/json.ts';
import { sprint, sprintf, sprintln } from '../go/fmt.ts';
import { GoFloat, GoUint8, JsonNumber, isNilMap, isNilSlice, isRaw, kindOf, numberOf, typeName } from '../go/value.ts';
import type { Val } from './val.ts';
import { INVALID, indirectInterface, isValid, val } from './val.ts';

/**
 * Parameter types: 'value' = reflect.Value (gets the Val as is, even invalid), 'any' =
 * interface{} (the concrete JS value), 'string', 'int', 'bool', '[]string'.
 */
export type ParamType = 'value' | 'any' | 'string' | 'int' | 'bool' | '[]string';

export interface FuncDef {
  params: readonly ParamType[];
  /** Type of the `...` parameter, if variadic. */
  variadic?: ParamType;
  /** Receives converted arguments; returns a plain JS value, or a Val when `returnsVal`. Throws GoError. */
  fn: (...args: never[]) => unknown;
  returnsVal?: boolean;
  builtin?: boolean;
}

/** An error returned by a template function (`error calling X: <message>`). */
export class GoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoError';
  }
}

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'complex' | 'invalid';

function basicKind(x: Val): BasicKind {
  const v = indirectInterface(x).v;
  switch (kindOf(v)) {
    case 'bool':
      return 'bool';
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'string':
      return 'string';
    default:
      return 'invalid';
  }
}

function basicValue(x: Val): unknown {
  const v = indirectInterface(x).v;
  if (v instanceof JsonNumber) return v.text;
  if (v instanceof GoFloat || v instanceof GoUint8 || typeof v === 'bigint') return numberOf(v);
  return v;
}

function eq(a: Val, ...rest: Val[]): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid') throw new GoError('invalid type for comparison');
  if (rest.length === 0) throw new GoError('missing argument for comparison');
  for (const b of rest) {
    const k2 = basicKind(b);
    if (k2 === 'invalid') throw new GoError('invalid type for comparison');
    if (k1 !== k2) throw new GoError('incompatible types for comparison');
    if (basicValue(a) === basicValue(b)) return true;
  }
  return false;
}

function lt(a: Val, b: Val): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid') throw new GoError('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === 'invalid') throw new GoError('invalid type for comparison');
  if (k1 !== k2) throw new GoError('incompatible types for comparison');
  if (k1 === 'bool' || k1 === 'complex') throw new GoError('invalid type for comparison');
  return (basicValue(a) as number | string) < (basicValue(b) as number | string);
}

/** Go's isTrue (truth of if/with/and/or/not). */
export function isTrue(x: Val): [boolean, boolean] {
  const v = indirectInterface(x).v;
  if (v === undefined) return [false, true];
  switch (kindOf(v)) {
    case 'nil':
      return [false, true];
    case 'string':
      return [(v instanceof JsonNumber ? v.text : (v as string)).length > 0, true];
    case 'slice':
      return [!isNilSlice(v) && (v as unknown[]).length > 0, true];
    case 'map':
      return [!isNilMap(v) && (v as Map<string, unknown>).size > 0, true];
    case 'bool':
      return [v as boolean, true];
    case 'int':
    case 'float':
      return [numberOf(v) !== 0, true];
    case 'struct':
    case 'func':
      return [true, true];
    default:
      return [false, false];
  }
}

export function truth(x: Val): boolean {
  return isTrue(x)[0];
}

const utf8 = new TextEncoder();

function byteLen(s: string): number {
  return utf8.encode(s).length;
}

function length(x: Val): number {
  const v = indirectInterface(x).v;
  if (v === null) throw new GoError('len of nil pointer');
  if (v === undefined) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
  switch (kindOf(v)) {
    case 'string':
      return byteLen(v instanceof JsonNumber ? v.text : (v as string));
    case 'slice':
      return isNilSlice(v) ? 0 : (v as unknown[]).length;
    case 'map':
      return isNilMap(v) ? 0 : (v as Map<string, unknown>).size;
  }
  throw new GoError(`len of type ${typeName(v)}`);
}

/** indexArg: an int index within [0, cap]. */
function indexArg(idx: Val, cap: number): number {
  const v = indirectInterface(idx).v;
  if (v === undefined || v === null) throw new GoError('cannot index slice/array with nil');
  if (kindOf(v) !== 'int') throw new GoError(`cannot index slice/array with type ${typeName(v)}`);
  const x = numberOf(v);
  if (x < 0 || x > cap) throw new GoError(`index out of range: ${x}`);
  return x;
}

/** Zero value of a map's element type (only string maps are distinguishable here). */
function mapZero(m: Map<string, unknown>, raw: boolean): Val {
  if (raw) return val(null, true);
  const vals = [...m.values()];
  if (vals.length > 0 && vals.every((x) => typeof x === 'string')) return val('');
  return INVALID;
}

function index(item: Val, ...indexes: Val[]): Val {
  let cur = indirectInterface(item);
  if (!isValid(cur)) throw new GoError('index of untyped nil');
  for (const rawIdx of indexes) {
    const idx = indirectInterface(rawIdx);
    cur = indirectInterface(cur);
    if (cur.v === null || cur.v === undefined) throw new GoError('index of nil pointer');
    const v = cur.v;
    switch (kindOf(v)) {
      case 'string': {
        const bytes = utf8.encode(v instanceof JsonNumber ? v.text : (v as string));
        const x = indexArg(idx, bytes.length);
        if (x === bytes.length) throw new GoError('reflect: string index out of range');
        cur = val(new GoUint8(bytes[x]));
        break;
      }
      case 'slice': {
        const a = isNilSlice(v) ? [] : (v as unknown[]);
        const x = indexArg(idx, a.length);
        if (x === a.length) throw new GoError('reflect: slice index out of range');
        cur = val(a[x], isRaw(a));
        break;
      }
      case 'map': {
        const m = isNilMap(v) ? new Map<string, unknown>() : (v as Map<string, unknown>);
        const key = idx.v;
        if (typeof key !== 'string') {
          if (key === undefined || key === null) throw new GoError('value is nil; should be of type string');
          throw new GoError(`value has type ${typeName(key)}; should be string`);
        }
        cur = m.has(key) ? val(m.get(key), isRaw(m)) : mapZero(m, isRaw(m));
        break;
      }
      default:
        throw new GoError(`can't index item of type ${typeName(v)}`);
    }
  }
  return cur;
}

function slice(item: Val, ...indexes: Val[]): Val {
  const it = indirectInterface(item);
  if (!isValid(it)) throw new GoError('slice of untyped nil');
  if (indexes.length > 3) throw new GoError(`too many slice indexes: ${indexes.length}`);
  const v = it.v;
  let len: number;
  let isStr = false;
  switch (kindOf(v)) {
    case 'string':
      if (indexes.length === 3) throw new GoError('cannot 3-index slice a string');
      len = byteLen(v as string);
      isStr = true;
      break;
    case 'slice':
      len = isNilSlice(v) ? 0 : (v as unknown[]).length;
      break;
    default:
      throw new GoError(`can't slice item of type ${typeName(v)}`);
  }
  const idx = [0, len, len];
  indexes.forEach((x, i) => (idx[i] = indexArg(x, len)));
  if (idx[0] > idx[1]) throw new GoError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new GoError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (isStr) return val(new TextDecoder().decode(utf8.encode(v as string).slice(idx[0], idx[1])));
  const arr = isNilSlice(v) ? [] : (v as unknown[]);
  return val(arr.slice(idx[0], idx[1]));
}

/** evalArgs: a single string as is, else fmt.Sprint of the arguments. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

function htmlEscape(s: string): string {
  return s.replace(/["'&<>]/g, (c) => ({ '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<' || ch === '>' || ch === '&' || ch === '=') out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else if (cp >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8.encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** strings.Title (deprecated in Go, still what docker's `title` uses). */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  const isSep = (r: string) => {
    const cp = r.codePointAt(0) as number;
    if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(r);
    if (/[\p{L}\p{Nd}]/u.test(r)) return false;
    return /\s/u.test(r);
  };
  for (const ch of s) {
    out += isSep(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

const uv = (x: Val): unknown => indirectInterface(x).v;

export const BUILTINS: Readonly<Record<string, FuncDef>> = {
  and: { params: ['value'], variadic: 'value', builtin: true, returnsVal: true, fn: () => undefined },
  or: { params: ['value'], variadic: 'value', builtin: true, returnsVal: true, fn: () => undefined },
  not: { params: ['value'], builtin: true, fn: ((a: Val) => !truth(a)) as never },
  len: { params: ['value'], builtin: true, fn: ((a: Val) => length(a)) as never },
  index: { params: ['value'], variadic: 'value', builtin: true, returnsVal: true, fn: index as never },
  slice: { params: ['value'], variadic: 'value', builtin: true, returnsVal: true, fn: slice as never },
  print: { params: [], variadic: 'any', builtin: true, fn: ((...a: unknown[]) => sprint(a)) as never },
  printf: { params: ['string'], variadic: 'any', builtin: true, fn: ((f: string, ...a: unknown[]) => sprintf(f, a)) as never },
  println: { params: [], variadic: 'any', builtin: true, fn: ((...a: unknown[]) => sprintln(a)) as never },
  eq: { params: ['value'], variadic: 'value', builtin: true, fn: eq as never },
  ne: { params: ['value', 'value'], builtin: true, fn: ((a: Val, b: Val) => !eq(a, b)) as never },
  lt: { params: ['value', 'value'], builtin: true, fn: lt as never },
  le: { params: ['value', 'value'], builtin: true, fn: ((a: Val, b: Val) => lt(a, b) || eq(a, b)) as never },
  gt: { params: ['value', 'value'], builtin: true, fn: ((a: Val, b: Val) => !(lt(a, b) || eq(a, b))) as never },
  ge: { params: ['value', 'value'], builtin: true, fn: ((a: Val, b: Val) => !lt(a, b)) as never },
  html: { params: [], variadic: 'any', builtin: true, fn: ((...a: unknown[]) => htmlEscape(evalArgs(a))) as never },
  js: { params: [], variadic: 'any', builtin: true, fn: ((...a: unknown[]) => jsEscape(evalArgs(a))) as never },
  urlquery: { params: [], variadic: 'any', builtin: true, fn: ((...a: unknown[]) => queryEscape(evalArgs(a))) as never },
  call: {
    params: ['value'],
    variadic: 'value',
    builtin: true,
    fn: ((f: Val, ...args: Val[]) => {
      const fn = uv(f);
      if (typeof fn !== 'function') throw new GoError(`non-function of type ${typeName(fn)}`);
      return (fn as (...a: unknown[]) => unknown)(...args.map(uv));
    }) as never,
  },
};

/** docker/cli templates.basicFunctions. */
export const DOCKER_FUNCS: Readonly<Record<string, FuncDef>> = {
  json: {
    params: ['any'],
    fn: ((v: unknown) => marshal(v, { escapeHTML: false }).trim()) as never,
  },
  split: { params: ['string', 'string'], fn: ((s: string, sep: string) => goSplit(s, sep)) as never },
  join: { params: ['[]string', 'string'], fn: ((a: string[], sep: string) => a.join(sep)) as never },
  title: { params: ['string'], fn: title as never },
  lower: { params: ['string'], fn: ((s: string) => s.toLowerCase()) as never },
  upper: { params: ['string'], fn: ((s: string) => s.toUpperCase()) as never },
  pad: {
    params: ['string', 'int', 'int'],
    fn: ((s: string, pre: number, suf: number) => {
      if (s === '') return s;
      if (pre < 0 || suf < 0) throw new GoError('strings: negative Repeat count');
      return ' '.repeat(pre) + s + ' '.repeat(suf);
    }) as never,
  },
  truncate: {
    params: ['string', 'int'],
    fn: ((s: string, n: number) => {
      const b = utf8.encode(s);
      if (b.length < n) return s;
      if (n < 0) throw new GoError(`runtime error: slice bounds out of range [:${n}]`);
      return new TextDecoder().decode(b.slice(0, n));
    }) as never,
  },
};

/** docker/cli templates.HeaderFunctions: used to render a table's header row. */
export const DOCKER_HEADER_FUNCS: Readonly<Record<string, FuncDef>> = {
  ...DOCKER_FUNCS,
  json: { params: ['string'], fn: ((v: string) => v) as never },
  split: { params: ['string', 'string'], fn: ((v: string) => v) as never },
  join: { params: ['string', 'string'], fn: ((v: string) => v) as never },
  title: { params: ['string'], fn: ((v: string) => v) as never },
  lower: { params: ['string'], fn: ((v: string) => v) as never },
  upper: { params: ['string'], fn: ((v: string) => v) as never },
  truncate: { params: ['string', 'int'], fn: ((v: string) => v) as never },
};

/** strings.Split: an empty separator splits into UTF-8 sequences. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s);
  return s.split(sep);
}

