/**
 * dash's arithmetic (`$((...))`), which is smaller than bash's: no `++`/`--`, no `**`, no comma,
 * no `base#digits`; numbers are read as C's strtoimax reads them (0x hex, leading-0 octal,
 * saturating at the 64-bit limits), and a variable's value must be a plain number
 * (`Illegal number: 3+4`), not an expression. Errors quote the whole expression:
 * `arithmetic expression: expecting primary: "1+"`. Recorded from dash 0.5.12.
 *
 * The grammar follows dash's precedence levels (`* / %`, `+ -`, `<< >>`, `< <= > >=`, `== !=`,
 * `&`, `^`, `|`, `&&`, `||`, `?:`, assignments); the branch not taken is parsed without being
 * evaluated, so `$((0 && x=5))` assigns nothing and `$((1 || y))` reads no `y`.
 */
import { ExpansionError } from './expand.ts';
import type { ArithEnv } from './arith.ts';

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

function wrap(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

type Kind = 'eof' | 'num' | 'var' | 'op' | 'bad';

interface Tok {
  k: Kind;
  /** Operator text, or the variable's name. */
  s: string;
  v: bigint;
}

/** Binary operators and their binding (lower binds tighter), as dash ranks them. */
const BINARY: Record<string, number> = {
  '*': 0, '/': 0, '%': 0,
  '+': 1, '-': 1,
  '<<': 2, '>>': 2,
  '<': 3, '<=': 3, '>': 3, '>=': 3,
  '==': 4, '!=': 4,
  '&': 5, '^': 6, '|': 7,
};
const LOOSEST = 8;

const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);

/** Longest operator first, so `<<=` is not read as `<` `<=`. */
const OPERATORS = ['<<=', '>>=', '||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=',
  '=', '<', '>', '|', '&', '!', '(', ')', '*', '/', '%', '+', '-', '~', '^', '?', ':'];

/** strtoimax(s, end, 0) from `at`: the value (clamped) and where the number ends. */
function readNumber(s: string, at: number): { v: bigint; end: number } {
  let base = 10;
  let i = at;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
    base = 16;
    i += 2;
  } else if (s[i] === '0') base = 8;
  const digit = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
  let v = 0n;
  const b = BigInt(base);
  const start = i;
  while (i < s.length && digit.test(s[i])) {
    v = v * b + BigInt(parseInt(s[i], 16));
    if (v > MAX) v = MAX + 1n;
    i++;
  }
  if (i === start) return { v: 0n, end: at + 1 };
  return { v: v > MAX ? MAX : v, end: i };
}

/**
 * atomax(value, 0): a variable's value in arithmetic. Blanks around the number are allowed, an
 * empty value is 0, anything else (or an out-of-range number) is `Illegal number`.
 */
export function dashVarNumber(value: string | undefined): bigint {
  const v = value ?? '';
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)?/.exec(v)!;
  if (m[2] === undefined) {
    if (v.trim() === '' && m[1] === '') return 0n;
    throw illegal(v);
  }
  if (v.slice(m[0].length).trim() !== '') throw illegal(v);
  const body = m[2];
  let n = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body[0] === '0' ? BigInt('0o' + body.slice(1)) : BigInt(body);
  if (m[1] === '-') n = -n;
  if (n > MAX || n < MIN) throw illegal(v);
  return n;
}

function illegal(v: string): ExpansionError {
  return new ExpansionError('arith', v, { detail: `Illegal number: ${v}` });
}

class DashArith {
  private readonly src: string;
  private readonly env: ArithEnv;
  private pos = 0;
  /** The token after the current primary (dash's last_token). */
  private last: Tok = { k: 'eof', s: '', v: 0n };

  constructor(src: string, env: ArithEnv) {
    this.src = src;
    this.env = env;
  }

  fail(what: string): never {
    throw new ExpansionError('arith', this.src, { detail: `arithmetic expression: ${what}: "${this.src}"` });
  }

  lex(): Tok {
    const s = this.src;
    while (s[this.pos] === ' ' || s[this.pos] === '\t' || s[this.pos] === '\n') this.pos++;
    const c = s[this.pos];
    if (c === undefined) return { k: 'eof', s: '', v: 0n };
    if (c >= '0' && c <= '9') {
      const n = readNumber(s, this.pos);
      this.pos = n.end;
      return { k: 'num', s: '', v: n.v };
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.pos))!;
      this.pos += m[0].length;
      return { k: 'var', s: m[0], v: 0n };
    }
    for (const op of OPERATORS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { k: 'op', s: op, v: 0n };
      }
    }
    return { k: 'bad', s: c, v: 0n };
  }

  private isOp(t: Tok, s: string): boolean {
    return t.k === 'op' && t.s === s;
  }

  private varValue(name: string): bigint {
    return dashVarNumber(this.env.get(name));
  }

  private binop(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) this.fail('division by zero');
        if (b === -1n) return op === '/' ? wrap(-a) : 0n;
        return op === '/' ? a / b : a % b;
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      // x86 takes the shift count modulo 64.
      case '<<': return wrap(a << (b & 63n));
      case '>>': return a >> (b & 63n);
      case '<': return a < b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '&': return a & b;
      case '^': return a ^ b;
      default: return a | b;
    }
  }

  /** A primary: `tok` is its first token, `next` the one after it. */
  private primary(tok: Tok, next: Tok, noeval: boolean): bigint {
    for (;;) {
      if (this.isOp(tok, '(')) {
        const r = this.assignment(next, noeval);
        if (!this.isOp(this.last, ')')) this.fail("expecting ')'");
        this.last = this.lex();
        return r;
      }
      if (tok.k === 'num') {
        this.last = next;
        return tok.v;
      }
      if (tok.k === 'var') {
        this.last = next;
        return noeval ? 0n : this.varValue(tok.s);
      }
      if (this.isOp(tok, '+')) {
        tok = next;
        next = this.lex();
        continue;
      }
      if (this.isOp(tok, '-')) return wrap(-this.primary(next, this.lex(), noeval));
      if (this.isOp(tok, '!')) return this.primary(next, this.lex(), noeval) === 0n ? 1n : 0n;
      if (this.isOp(tok, '~')) return ~this.primary(next, this.lex(), noeval);
      this.fail('expecting primary');
    }
  }

  private binaryOp(t: Tok): string | undefined {
    return t.k === 'op' && t.s in BINARY ? t.s : undefined;
  }

  /** The rest of a binary chain after `a op`, stopping at operators binding no tighter than `prec`. */
  private chain(a: bigint, op: string, prec: number, noeval: boolean): bigint {
    for (;;) {
      const t = this.lex();
      let b = this.primary(t, this.lex(), noeval);
      let op2 = this.binaryOp(this.last);
      if (op2 !== undefined && BINARY[op2] < BINARY[op]) {
        b = this.chain(b, op2, BINARY[op], noeval);
        op2 = this.binaryOp(this.last);
      }
      a = noeval ? b : this.binop(op, a, b);
      if (op2 === undefined || BINARY[op2] >= prec) return a;
      op = op2;
    }
  }

  private binary(tok: Tok, next: Tok, noeval: boolean): bigint {
    const a = this.primary(tok, next, noeval);
    const op = this.binaryOp(this.last);
    if (op === undefined) return a;
    return this.chain(a, op, LOOSEST, noeval);
  }

  private and(tok: Tok, next: Tok, noeval: boolean): bigint {
    const a = this.binary(tok, next, noeval);
    if (!this.isOp(this.last, '&&')) return a;
    const t = this.lex();
    const b = this.and(t, this.lex(), noeval || a === 0n);
    return a !== 0n && b !== 0n ? 1n : 0n;
  }

  private or(tok: Tok, next: Tok, noeval: boolean): bigint {
    const a = this.and(tok, next, noeval);
    if (!this.isOp(this.last, '||')) return a;
    const t = this.lex();
    const b = this.or(t, this.lex(), noeval || a !== 0n);
    return a !== 0n || b !== 0n ? 1n : 0n;
  }

  private cond(tok: Tok, next: Tok, noeval: boolean): bigint {
    const a = this.or(tok, next, noeval);
    if (!this.isOp(this.last, '?')) return a;
    const b = this.assignment(this.lex(), noeval || a === 0n);
    if (!this.isOp(this.last, ':')) this.fail("expecting ':'");
    const t = this.lex();
    const c = this.cond(t, this.lex(), noeval || a !== 0n);
    return a !== 0n ? b : c;
  }

  /** `tok` has been read; an assignment when it is a variable followed by `=`, `+=`, ... */
  assignment(tok: Tok, noeval: boolean): bigint {
    const op = this.lex();
    if (tok.k !== 'var' || op.k !== 'op' || !ASSIGN.has(op.s)) return this.cond(tok, op, noeval);
    const r = this.assignment(this.lex(), noeval);
    if (noeval) return r;
    const v = op.s === '=' ? r : this.binop(op.s.slice(0, -1), this.varValue(tok.s), r);
    this.env.set(tok.s, v.toString());
    return v;
  }

  run(): bigint {
    const r = this.assignment(this.lex(), false);
    if (this.last.k !== 'eof') this.fail('expecting EOF');
    return r;
  }
}

/** Evaluate `$((expr))` (already expanded text) as dash does. Throws ExpansionError. */
export function dashArith(expr: string, env: ArithEnv): bigint {
  return new DashArith(expr, env).run();
}
