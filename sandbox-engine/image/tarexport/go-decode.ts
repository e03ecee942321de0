/**
 * Reading JSON the way Go's encoding/json does, for files a user may have edited by hand inside a
 * `docker save` archive (manifest.json, the image config): the same values, and the same error
 * texts when the bytes are not what moby expects.
 *
 * - `goDecodeFirst` is json.Decoder.Decode (the first value; what follows is not read): empty
 *   input is `EOF`, a cut value `unexpected EOF`.
 * - `goUnmarshal` is json.Unmarshal (the whole input): `unexpected end of JSON input`, and
 *   `invalid character 'x' after top-level value` for trailing text.
 * - Syntax errors are the scanner's: `invalid character 'x' looking for beginning of value`,
 *   `... after object key`, `... after object key:value pair`, `... after array element`,
 *   `... looking for beginning of object key string`, `... in string literal`, ... (Go 1.24
 *   encoding/json/scanner.go).
 * - `field(obj, name)` finds a struct field's key as Go does: exact or case-insensitive, the last
 *   matching key winning.
 *
 *   goUnmarshal('{"a":1}')        // { a: 1 }
 *   goDecodeFirst('{')            // throws GoJSONError('unexpected EOF')
 */

export class GoJSONError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoJSONError';
  }
}

/** scanner.go quoteChar. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return '\'"\'';
  const q = JSON.stringify(c).slice(1, -1);
  // strconv.Quote writes \x.. for bytes below 0x20 that have no short escape; JSON writes \u00..
  const fixed = q.replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => `\\x${h}`);
  return `'${fixed}'`;
}

class Scanner {
  private i = 0;
  private readonly s: string;

  constructor(s: string) {
    this.s = s;
  }

  get pos(): number {
    return this.i;
  }

  private eof(): never {
    throw new GoJSONError('\u0000EOF');
  }

  private bad(c: string, context: string): never {
    throw new GoJSONError(`invalid character ${quoteChar(c)} ${context}`);
  }

  skipSpace(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i])) this.i++;
  }

  atEnd(): boolean {
    return this.i >= this.s.length;
  }

  peek(): string {
    return this.s[this.i];
  }

  value(): unknown {
    this.skipSpace();
    if (this.atEnd()) this.eof();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (c === 't') return this.literal('true', true);
    if (c === 'f') return this.literal('false', false);
    if (c === 'n') return this.literal('null', null);
    return this.bad(c, 'looking for beginning of value');
  }

  private literal<T>(word: string, v: T): T {
    for (let k = 1; k < word.length; k++) {
      const at = this.i + k;
      if (at >= this.s.length) this.eof();
      if (this.s[at] !== word[k]) this.bad(this.s[at], `in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    this.i += word.length;
    return v;
  }

  private number(): number {
    const start = this.i;
    const s = this.s;
    const digit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
    if (s[this.i] === '-') {
      this.i++;
      if (this.atEnd()) this.eof();
      if (!digit(s[this.i])) this.bad(s[this.i], 'in numeric literal');
    }
    if (s[this.i] === '0') this.i++;
    else while (digit(s[this.i])) this.i++;
    if (s[this.i] === '.') {
      this.i++;
      if (this.atEnd()) this.eof();
      if (!digit(s[this.i])) this.bad(s[this.i], 'after decimal point in numeric literal');
      while (digit(s[this.i])) this.i++;
    }
    if (s[this.i] === 'e' || s[this.i] === 'E') {
      this.i++;
      if (s[this.i] === '+' || s[this.i] === '-') this.i++;
      if (this.atEnd()) this.eof();
      if (!digit(s[this.i])) this.bad(s[this.i], 'in exponent of numeric literal');
      while (digit(s[this.i])) this.i++;
    }
    return Number(s.slice(start, this.i));
  }

  private string(): string {
    const s = this.s;
    this.i++;
    let out = '';
    for (;;) {
      if (this.atEnd()) this.eof();
      const c = s[this.i];
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c < ' ') this.bad(c, 'in string literal');
      if (c === '\\') {
        this.i++;
        if (this.atEnd()) this.eof();
        const e = s[this.i];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          this.i++;
          continue;
        }
        if (e !== 'u') this.bad(e, 'in string escape code');
        this.i++;
        for (let k = 0; k < 4; k++) {
          if (this.atEnd()) this.eof();
          if (!/[0-9a-fA-F]/.test(s[this.i + k] ?? '')) {
            if (this.i + k >= s.length) this.eof();
            this.bad(s[this.i + k], 'in \\u hexadecimal character escape');
          }
        }
        out += String.fromCharCode(parseInt(s.slice(this.i, this.i + 4), 16));
        this.i += 4;
        continue;
      }
      out += c;
      this.i++;
    }
  }

  /** The raw text of each member of the object at the cursor (json.RawMessage values). */
  rawMembers(): Map<string, string> {
    const out = new Map<string, string>();
    this.skipSpace();
    if (this.atEnd()) this.eof();
    if (this.s[this.i] !== '{') {
      this.value();
      return out;
    }
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.atEnd()) this.eof();
      if (this.s[this.i] !== '"') this.bad(this.s[this.i], 'looking for beginning of object key string');
      const k = this.string();
      this.skipSpace();
      if (this.atEnd()) this.eof();
      if (this.s[this.i] !== ':') this.bad(this.s[this.i], 'after object key');
      this.i++;
      this.skipSpace();
      const start = this.i;
      this.value();
      out.set(k, this.s.slice(start, this.i));
      this.skipSpace();
      if (this.atEnd()) this.eof();
      const c = this.s[this.i];
      this.i++;
      if (c === ',') continue;
      if (c === '}') return out;
      this.i--;
      this.bad(c, 'after object key:value pair');
    }
  }

  private object(): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    // Keys in input order, duplicates kept for `field` (last one wins).
    const keys: Array<[string, unknown]> = [];
    this.skipSpace();
    if (this.atEnd()) this.eof();
    if (this.s[this.i] === '}') {
      this.i++;
      return withKeys(out, keys);
    }
    for (;;) {
      this.skipSpace();
      if (this.atEnd()) this.eof();
      if (this.s[this.i] !== '"') this.bad(this.s[this.i], 'looking for beginning of object key string');
      const k = this.string();
      this.skipSpace();
      if (this.atEnd()) this.eof();
      if (this.s[this.i] !== ':') this.bad(this.s[this.i], 'after object key');
      this.i++;
      const v = this.value();
      out[k] = v;
      keys.push([k, v]);
      this.skipSpace();
      if (this.atEnd()) this.eof();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return withKeys(out, keys);
      }
      this.bad(c, 'after object key:value pair');
    }
  }

  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.skipSpace();
    if (this.atEnd()) this.eof();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipSpace();
      if (this.atEnd()) this.eof();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return out;
      }
      this.bad(c, 'after array element');
    }
  }
}

const KEYS = Symbol('keys');

function withKeys(o: Record<string, unknown>, keys: Array<[string, unknown]>): Record<string, unknown> {
  Object.defineProperty(o, KEYS, { value: keys, enumerable: false });
  return o;
}

/** json.Decoder.Decode of the first value in `text`. */
export function goDecodeFirst(text: string): unknown {
  const sc = new Scanner(text);
  sc.skipSpace();
  if (sc.atEnd()) throw new GoJSONError('EOF');
  try {
    return sc.value();
  } catch (e) {
    if (e instanceof GoJSONError && e.message === '\u0000EOF') throw new GoJSONError('unexpected EOF');
    throw e;
  }
}

/** json.Unmarshal of all of `text`. */
export function goUnmarshal(text: string): unknown {
  const sc = new Scanner(text);
  let v: unknown;
  try {
    v = sc.value();
  } catch (e) {
    if (e instanceof GoJSONError && e.message === '\u0000EOF') throw new GoJSONError('unexpected end of JSON input');
    throw e;
  }
  sc.skipSpace();
  if (!sc.atEnd()) throw new GoJSONError(`invalid character ${quoteChar(sc.peek())} after top-level value`);
  return v;
}

/** A JSON object's value for a Go struct field named `name` (tag or field name). */
export function field(obj: Record<string, unknown>, name: string): unknown {
  const keys = (obj as { [KEYS]?: Array<[string, unknown]> })[KEYS] ?? Object.entries(obj);
  let found: unknown = undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of keys) if (k === name || k.toLowerCase() === lower) found = v;
  return found;
}

/** The JSON kind Go names in an UnmarshalTypeError. */
export function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `json: cannot unmarshal <kind> into Go struct field <S>.<F> of type <T>` (or `Go value of type`). */
export function typeError(v: unknown, type: string, struct?: string, fieldPath?: string): GoJSONError {
  const where = struct !== undefined ? `Go struct field ${struct}.${fieldPath}` : 'Go value';
  return new GoJSONError(`json: cannot unmarshal ${jsonKind(v)} into ${where} of type ${type}`);
}

/**
 * json.Unmarshal into map[string]*json.RawMessage, each value then as json.Marshal writes a
 * RawMessage: compacted, with <, >, & and U+2028/2029 escaped inside strings.
 */
export function goRawObject(text: string): Map<string, string> {
  const sc = new Scanner(text);
  let m: Map<string, string>;
  try {
    m = sc.rawMembers();
  } catch (e) {
    if (e instanceof GoJSONError && e.message === '\u0000EOF') throw new GoJSONError('unexpected end of JSON input');
    throw e;
  }
  sc.skipSpace();
  if (!sc.atEnd()) throw new GoJSONError(`invalid character ${quoteChar(sc.peek())} after top-level value`);
  return new Map([...m].map(([k, v]) => [k, compactHTML(v)]));
}

/** encoding/json compact with escapeHTML. */
export function compactHTML(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') {
        out += c + raw[i + 1];
        i++;
        continue;
      }
      if (c === '"') inString = false;
      if (c === '<' || c === '>' || c === '&' || c === '\u2028' || c === '\u2029') {
        out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        continue;
      }
      out += c;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}
