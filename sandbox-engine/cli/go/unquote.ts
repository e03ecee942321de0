/**
 * Go's strconv.Unquote / UnquoteChar for template string, raw string and character literals.
 * Errors are strconv.ErrSyntax ("invalid syntax").
 */

export class SyntaxError extends Error {
  constructor() {
    super('invalid syntax');
    this.name = 'SyntaxError';
  }
}

/** One (possibly escaped) character at the start of s; returns [rune string, rest]. */
export function unquoteChar(s: string, quote: string): [string, string] {
  const c = s[0];
  if (c === undefined) throw new SyntaxError();
  if (c === quote && (quote === "'" || quote === '"')) throw new SyntaxError();
  if (c !== '\\') {
    const ch = String.fromCodePoint(s.codePointAt(0) as number);
    return [ch, s.slice(ch.length)];
  }
  if (s.length <= 1) throw new SyntaxError();
  const e = s[1];
  s = s.slice(2);
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (simple[e] !== undefined) return [simple[e], s];
  if (e === "'" || e === '"') {
    if (e !== quote) throw new SyntaxError();
    return [e, s];
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const hex = s.slice(0, n);
    if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex)) throw new SyntaxError();
    const v = parseInt(hex, 16);
    s = s.slice(n);
    if (e === 'x') return [String.fromCharCode(v), s];
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new SyntaxError();
    return [String.fromCodePoint(v), s];
  }
  if (e >= '0' && e <= '7') {
    const oct = e + s.slice(0, 2);
    if (!/^[0-7]{3}$/.test(oct)) throw new SyntaxError();
    const v = parseInt(oct, 8);
    if (v > 255) throw new SyntaxError();
    return [String.fromCharCode(v), s.slice(2)];
  }
  throw new SyntaxError();
}

/** strconv.Unquote for "..." and `...` literals. */
export function unquote(s: string): string {
  if (s.length < 2) throw new SyntaxError();
  const quote = s[0];
  if (quote !== s[s.length - 1]) throw new SyntaxError();
  const body = s.slice(1, -1);
  if (quote === '`') {
    if (body.includes('`')) throw new SyntaxError();
    return body.replaceAll('\r', '');
  }
  if (quote !== '"' && quote !== "'") throw new SyntaxError();
  if (body.includes('\n')) throw new SyntaxError();
  let out = '';
  let rest = body;
  while (rest.length > 0) {
    const [ch, r] = unquoteChar(rest, quote);
    out += ch;
    rest = r;
    if (quote === "'" && rest.length > 0) throw new SyntaxError();
  }
  return out;
}
