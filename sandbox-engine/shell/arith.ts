/**
 * Shell arithmetic (`$((...))`, `let`, `((...))`): C operators on 64-bit signed integers that wrap,
 * as bash's intmax_t does. A variable's value is itself evaluated as an expression (`a=3+4;
 * $((a*2))` is 14). Parsed expressions are cached by text, so a loop's `i=$((i+1))` parses once.
 *
 * Errors are `ArithError` with bash's message and "error token" (the rest of the expression from
 * the token where parsing stopped); messages/*.ts format them per flavour.
 */

export type ArithErrorKind =
  | 'operand'
  | 'syntax'
  | 'divzero'
  | 'base'
  | 'badbase'
  | 'assign'
  | 'paren'
  | 'colon'
  | 'operator'
  | 'exponent'
  | 'recursion';

const GNU_TEXT: Record<ArithErrorKind, string> = {
  operand: 'syntax error: operand expected',
  syntax: 'syntax error in expression',
  divzero: 'division by 0',
  base: 'value too great for base',
  badbase: 'invalid arithmetic base',
  assign: 'attempted assignment to non-variable',
  paren: "missing `)'",
  colon: "`:' expected for conditional expression",
  operator: 'syntax error: invalid arithmetic operator',
  exponent: 'exponent less than 0',
  recursion: 'expression recursion level exceeded',
};

const BUSYBOX_TEXT: Partial<Record<ArithErrorKind, string>> = {
  divzero: 'divide by zero',
  exponent: 'exponent less than 0',
  colon: 'malformed ?: operator',
  recursion: 'expression recursion loop detected',
};

export class ArithError extends Error {
  readonly kind: ArithErrorKind;
  /** The expression being evaluated (a variable's value for errors inside it). */
  readonly expr: string;
  readonly token: string;
  constructor(kind: ArithErrorKind, expr: string, token: string) {
    super(GNU_TEXT[kind]);
    this.name = 'ArithError';
    this.kind = kind;
    this.expr = expr;
    this.token = token;
  }
  /** bash: `1/0: division by 0 (error token is "0")`. */
  gnuText(): string {
    return `${this.expr.replace(/^[ \t\n]+/, '')}: ${GNU_TEXT[this.kind]} (error token is "${this.token}")`;
  }
  /** busybox ash: `divide by zero`, `arithmetic syntax error`. */
  busyboxText(): string {
    return BUSYBOX_TEXT[this.kind] ?? 'arithmetic syntax error';
  }
}

export interface ArithEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Node =
  | { t: 'num'; v: bigint }
  | { t: 'var'; name: string }
  | { t: 'un'; op: string; a: Node }
  | { t: 'inc'; op: '++' | '--'; prefix: boolean; name: string }
  | { t: 'bin'; op: string; a: Node; b: Node; bpos: number }
  | { t: 'and' | 'or'; a: Node; b: Node }
  | { t: 'cond'; c: Node; a: Node; b: Node }
  | { t: 'assign'; op: string; name: string; v: Node; bpos: number }
  | { t: 'comma'; a: Node; b: Node }
  | { t: 'empty' };

interface Tok {
  k: 'num' | 'id' | 'op' | 'eof';
  s: string;
  pos: number;
}

const OPS = [
  '<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '&', '|', '^', '!', '~', '?', ':', '=', ',', '(', ')',
];

const MAX_PARSE_DEPTH = 200;
const MAX_VAR_DEPTH = 1024;
const MASK64 = (1n << 64n) - 1n;

function wrap(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

class ArithParser {
  private readonly src: string;
  private pos = 0;
  private tok: Tok;
  /** Start of the last real (non-EOF) token: bash's `lasttp`. */
  private last = 0;
  private depth = 0;

  constructor(src: string) {
    this.src = src;
    this.tok = this.lex();
  }

  private err(kind: ArithErrorKind, from = this.last): ArithError {
    return new ArithError(kind, this.src, this.src.slice(from));
  }

  private lex(): Tok {
    const s = this.src;
    while (this.pos < s.length && isSpace(s[this.pos])) this.pos++;
    if (this.pos >= s.length) return { k: 'eof', s: '', pos: this.pos };
    const start = this.pos;
    this.last = start;
    const c = s[start];
    if (c >= '0' && c <= '9') {
      let e = start;
      while (e < s.length && /[0-9A-Za-z_@#]/.test(s[e])) e++;
      this.pos = e;
      return { k: 'num', s: s.slice(start, e), pos: start };
    }
    if (/[A-Za-z_]/.test(c)) {
      let e = start;
      while (e < s.length && /[A-Za-z0-9_]/.test(s[e])) e++;
      this.pos = e;
      return { k: 'id', s: s.slice(start, e), pos: start };
    }
    for (const op of OPS) {
      if (s.startsWith(op, start)) {
        this.pos = start + op.length;
        return { k: 'op', s: op, pos: start };
      }
    }
    throw new ArithError('operator', s, s.slice(start));
  }

  private next(): Tok {
    const t = this.tok;
    this.tok = this.lex();
    return t;
  }

  private isOp(s: string): boolean {
    return this.tok.k === 'op' && this.tok.s === s;
  }

  parse(): Node {
    if (this.tok.k === 'eof') return { t: 'empty' };
    const n = this.comma();
    const end: Tok = this.tok;
    if (end.k !== 'eof') throw this.err('syntax', end.pos);
    return n;
  }

  private comma(): Node {
    let a = this.assign();
    while (this.isOp(',')) {
      this.next();
      a = { t: 'comma', a, b: this.assign() };
    }
    return a;
  }

  private assign(): Node {
    const a = this.cond();
    if (this.tok.k === 'op' && /^(=|\*=|\/=|%=|\+=|-=|<<=|>>=|&=|\^=|\|=)$/.test(this.tok.s)) {
      const opTok = this.next();
      if (a.t !== 'var') throw this.err('assign', opTok.pos);
      const bpos = this.tok.pos;
      const v = this.assign();
      return { t: 'assign', op: opTok.s, name: a.name, v, bpos };
    }
    return a;
  }

  private cond(): Node {
    const c = this.binary(0);
    if (!this.isOp('?')) return c;
    this.next();
    const a = this.comma();
    if (!this.isOp(':')) throw this.err('colon', this.tok.k === 'eof' ? this.last : this.tok.pos);
    this.next();
    const b = this.cond();
    return { t: 'cond', c, a, b };
  }

  private static readonly LEVELS: string[][] = [
    ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
  ];

  private binary(level: number): Node {
    if (level >= ArithParser.LEVELS.length) return this.power();
    const ops = ArithParser.LEVELS[level];
    let a = this.binary(level + 1);
    while (this.tok.k === 'op' && ops.includes(this.tok.s)) {
      const op = this.next().s;
      const bpos = this.tok.pos;
      const b = this.binary(level + 1);
      if (op === '||') a = { t: 'or', a, b };
      else if (op === '&&') a = { t: 'and', a, b };
      else a = { t: 'bin', op, a, b, bpos };
    }
    return a;
  }

  private power(): Node {
    const a = this.unary();
    if (this.isOp('**')) {
      this.next();
      const bpos = this.tok.pos;
      const b = this.power();
      return { t: 'bin', op: '**', a, b, bpos };
    }
    return a;
  }

  private unary(): Node {
    if (++this.depth > MAX_PARSE_DEPTH) throw this.err('syntax');
    try {
      const t = this.tok;
      if (t.k === 'op') {
        if (t.s === '!' || t.s === '~' || t.s === '-' || t.s === '+') {
          this.next();
          return { t: 'un', op: t.s, a: this.unary() };
        }
        if (t.s === '++' || t.s === '--') {
          this.next();
          if (this.tok.k === 'id') {
            const name = this.next().s;
            return { t: 'inc', op: t.s, prefix: true, name };
          }
          // `++5` is `+(+5)` in bash.
          const a = this.unary();
          const sign = t.s === '++' ? '+' : '-';
          return { t: 'un', op: sign, a: { t: 'un', op: sign, a } };
        }
      }
      return this.postfix();
    } finally {
      this.depth--;
    }
  }

  private postfix(): Node {
    const t = this.tok;
    if (t.k === 'id') {
      this.next();
      if (this.tok.k === 'op' && (this.tok.s === '++' || this.tok.s === '--')) {
        const op = this.next().s as '++' | '--';
        return { t: 'inc', op, prefix: false, name: t.s };
      }
      return { t: 'var', name: t.s };
    }
    if (t.k === 'num') {
      this.next();
      return { t: 'num', v: parseNumber(t.s, this.src, t.pos) };
    }
    if (t.k === 'op' && t.s === '(') {
      this.next();
      const n = this.comma();
      if (!this.isOp(')')) throw this.err('paren', this.tok.k === 'eof' ? this.last : this.tok.pos);
      this.next();
      return n;
    }
    throw this.err('operand', (t.k as string) === 'eof' ? this.last : t.pos);
  }
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_';

function parseNumber(s: string, src: string, pos: number): bigint {
  const bad = (kind: ArithErrorKind = 'base') => new ArithError(kind, src, src.slice(pos));
  let base = 10;
  let digits = s;
  const hash = s.indexOf('#');
  if (hash >= 0) {
    if (!/^[0-9]+$/.test(s.slice(0, hash))) throw bad();
    base = Number(s.slice(0, hash));
    digits = s.slice(hash + 1);
    if (base < 2 || base > 64) throw bad('badbase');
    if (digits === '') throw bad();
  } else if (/^0[xX]/.test(s)) {
    base = 16;
    digits = s.slice(2);
    if (digits === '') return 0n;
  } else if (s.length > 1 && s[0] === '0') {
    base = 8;
    digits = s.slice(1);
  }
  let v = 0n;
  const b = BigInt(base);
  for (const ch of digits) {
    let d: number;
    if (base <= 36) {
      d = DIGITS.indexOf(ch.toLowerCase());
    } else d = DIGITS.indexOf(ch);
    if (d < 0 || d >= base) throw bad();
    v = (v * b + BigInt(d)) & MASK64;
  }
  return wrap(v);
}

const cache = new Map<string, Node>();

function parseCached(expr: string): Node {
  let n = cache.get(expr);
  if (n === undefined) {
    n = new ArithParser(expr).parse();
    if (cache.size > 2000) cache.clear();
    cache.set(expr, n);
  }
  return n;
}

/** `0`, `42`, `-7`: no spaces, no leading zero (those are octal). */
function isPlainDecimal(v: string): boolean {
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= v.length) return false;
  const first = v.charCodeAt(i);
  if (first === 48) return v.length === i + 1;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const INT_RE = /^[ \t\n]*-?[0-9]+[ \t\n]*$/;

class Evaluator {
  private readonly env: ArithEnv;
  private readonly src: string;
  private readonly varDepth: number;
  constructor(env: ArithEnv, src: string, varDepth: number) {
    this.env = env;
    this.src = src;
    this.varDepth = varDepth;
  }

  private varValue(name: string): bigint {
    const v = this.env.get(name);
    if (v === undefined || v === '') return 0n;
    if (isPlainDecimal(v)) return v.length < 16 ? BigInt(v) : wrap(BigInt(v));
    if (INT_RE.test(v) && !/^[ \t\n]*-?0[0-9]/.test(v)) return wrap(BigInt(v.trim()));
    if (this.varDepth >= MAX_VAR_DEPTH) throw new ArithError('recursion', name, name);
    return evaluate(v, this.env, this.varDepth + 1);
  }

  run(n: Node): bigint {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'empty':
        return 0n;
      case 'var':
        return this.varValue(n.name);
      case 'un': {
        const a = this.run(n.a);
        if (n.op === '-') return wrap(-a);
        if (n.op === '+') return a;
        if (n.op === '!') return a === 0n ? 1n : 0n;
        return wrap(~a);
      }
      case 'inc': {
        const old = this.varValue(n.name);
        const nv = wrap(n.op === '++' ? old + 1n : old - 1n);
        this.env.set(n.name, nv.toString());
        return n.prefix ? nv : old;
      }
      case 'and':
        return this.run(n.a) !== 0n && this.run(n.b) !== 0n ? 1n : 0n;
      case 'or':
        return this.run(n.a) !== 0n || this.run(n.b) !== 0n ? 1n : 0n;
      case 'cond':
        return this.run(n.c) !== 0n ? this.run(n.a) : this.run(n.b);
      case 'comma':
        this.run(n.a);
        return this.run(n.b);
      case 'bin':
        return this.binop(n.op, this.run(n.a), this.run(n.b), n.bpos);
      case 'assign': {
        let v = this.run(n.v);
        if (n.op !== '=') v = this.binop(n.op.slice(0, -1), this.varValue(n.name), v, n.bpos);
        this.env.set(n.name, v.toString());
        return v;
      }
    }
  }

  private binop(op: string, a: bigint, b: bigint, bpos: number): bigint {
    switch (op) {
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError('divzero', this.src, this.src.slice(bpos));
        if (b === -1n) return op === '/' ? wrap(-a) : 0n;
        return op === '/' ? wrap(a / b) : a % b;
      case '**': {
        if (b < 0n) throw new ArithError('exponent', this.src, this.src.slice(bpos));
        let r = 1n;
        let base = a;
        let e = b;
        while (e > 0n) {
          if (e & 1n) r = wrap(r * base);
          base = wrap(base * base);
          e >>= 1n;
        }
        return r;
      }
      case '<<': return wrap(a << (b & 63n));
      case '>>': return a >> (b & 63n);
      case '<': return a < b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
    }
    throw new ArithError('operator', this.src, op);
  }
}

/** Evaluate an arithmetic expression (already expanded text). Throws ArithError. */
export function evaluate(expr: string, env: ArithEnv, varDepth = 0): bigint {
  const node = parseCached(expr);
  return new Evaluator(env, expr, varDepth).run(node);
}
