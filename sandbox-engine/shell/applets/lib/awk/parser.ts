/**
 * awk parser: tokens to an AST of rules, functions, statements and expressions, with the POSIX
 * precedence (ternary < || < && < in < ~ < comparison < concatenation < additive < multiplicative
 * < unary < ^ < ++/-- < $ < grouping). Inside `print` arguments a bare `>` is a redirection.
 */
import { AwkSyntaxError, type Token } from './lexer.ts';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'regex'; src: string }
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'index'; name: string; subs: Expr[] }
  | { t: 'assign'; op: string; target: Expr; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'or' | 'and'; a: Expr; b: Expr }
  | { t: 'in'; subs: Expr[]; name: string }
  | { t: 'match'; neg: boolean; a: Expr; re: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'cat'; a: Expr; b: Expr }
  | { t: 'unary'; op: string; e: Expr }
  | { t: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'builtin'; name: string; args: Expr[] }
  | { t: 'getline'; target: Expr | null; file: Expr | null; cmd: Expr | null }
  | { t: 'group'; e: Expr };

export type Redirect = { kind: '>' | '>>' | '|'; e: Expr } | null;

export type Stmt =
  | { t: 'expr'; e: Expr }
  | { t: 'print'; args: Expr[]; redirect: Redirect }
  | { t: 'printf'; args: Expr[]; redirect: Redirect }
  | { t: 'if'; c: Expr; then: Stmt; else: Stmt | null }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; body: Stmt; c: Expr }
  | { t: 'for'; init: Stmt | null; c: Expr | null; step: Stmt | null; body: Stmt }
  | { t: 'forin'; v: string; arr: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'next' | 'nextfile' | 'break' | 'continue' }
  | { t: 'exit'; e: Expr | null }
  | { t: 'return'; e: Expr | null }
  | { t: 'delete'; name: string; subs: Expr[] | null };

export interface Rule {
  kind: 'begin' | 'end' | 'main';
  pattern: Expr | null;
  pattern2: Expr | null;
  action: Stmt[] | null;
  /** Range pattern state. */
  inRange?: boolean;
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  rules: Rule[];
  funcs: Map<string, Func>;
}

export function parseProgram(toks: Token[]): Program {
  let p = 0;
  const peek = (o = 0): Token => toks[Math.min(p + o, toks.length - 1)];
  const next = (): Token => toks[p++ < toks.length ? p - 1 : toks.length - 1];
  const is = (v: string): boolean => {
    const t = peek();
    return (t.kind === 'op' || t.kind === 'kw') && t.value === v;
  };
  const fail = (t: Token = peek()): never => {
    const near = t.kind === 'eof' ? 'end of file' : t.kind === 'nl' ? 'end of line' : t.kind === 'str' ? `"${t.value}"` : t.value;
    throw new AwkSyntaxError(t.line, near);
  };
  const expect = (v: string): Token => {
    if (!is(v)) fail();
    return next();
  };
  const nls = (): void => {
    while (peek().kind === 'nl') p++;
  };
  const terms = (): void => {
    while (peek().kind === 'nl' || is(';')) p++;
  };

  // ---- expressions ----
  let noIn = false;
  let noGt = 0;

  const isLvalue = (e: Expr): boolean => e.t === 'var' || e.t === 'field' || e.t === 'index';

  const ternary = (): Expr => {
    const c = orExpr();
    if (is('?')) {
      next();
      nls();
      const a = ternary();
      nls();
      expect(':');
      nls();
      const b = ternary();
      return { t: 'cond', c, a, b };
    }
    if (isLvalue(c) && peek().kind === 'op' && /^(=|\+=|-=|\*=|\/=|%=|\^=|\*\*=)$/.test(peek().value)) {
      // `a /= 2` vs a regex: the lexer already chose; assignment is right-associative.
      const op = next().value;
      nls();
      const e = ternary();
      return { t: 'assign', op: op === '**=' ? '^=' : op, target: c, e };
    }
    return c;
  };
  const orExpr = (): Expr => {
    let a = andExpr();
    while (is('||')) {
      next();
      nls();
      a = { t: 'or', a, b: andExpr() };
    }
    return a;
  };
  const andExpr = (): Expr => {
    let a = inExpr();
    while (is('&&')) {
      next();
      nls();
      a = { t: 'and', a, b: inExpr() };
    }
    return a;
  };
  const inExpr = (): Expr => {
    let a = matchExpr();
    while (!noIn && is('in')) {
      next();
      const name = next();
      if (name.kind !== 'name') fail(name);
      a = { t: 'in', subs: [a.t === 'group' ? a.e : a], name: name.value };
    }
    return a;
  };
  const matchExpr = (): Expr => {
    let a = compare();
    while (is('~') || is('!~')) {
      const neg = next().value === '!~';
      a = { t: 'match', neg, a, re: compare() };
    }
    return a;
  };
  const compare = (): Expr => {
    const a = concat();
    const t = peek();
    if (t.kind === 'op' && ['<', '<=', '!=', '==', '>=', '>'].includes(t.value) && !(t.value === '>' && noGt > 0)) {
      next();
      return { t: 'bin', op: t.value, a, b: concat() };
    }
    return a;
  };
  const startsOperand = (t: Token): boolean => {
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 'regex' || t.kind === 'name' || t.kind === 'funcname' || t.kind === 'builtin') return true;
    if (t.kind === 'op') return ['$', '!', '(', '-', '+', '++', '--'].includes(t.value);
    return false;
  };
  const concat = (): Expr => {
    let a = additive();
    for (;;) {
      const t = peek();
      if (!startsOperand(t) || (t.kind === 'op' && (t.value === '+' || t.value === '-' || t.value === '!'))) break;
      if (t.kind === 'kw') break;
      a = { t: 'cat', a, b: additive() };
    }
    // `"cmd" | getline`
    while (is('|') && peek(1).kind === 'kw' && peek(1).value === 'getline') {
      next();
      next();
      const target = optLvalue();
      a = { t: 'getline', target, file: null, cmd: a };
    }
    return a;
  };
  const additive = (): Expr => {
    let a = multiplicative();
    while (is('+') || is('-')) {
      const op = next().value;
      a = { t: 'bin', op, a, b: multiplicative() };
    }
    return a;
  };
  const multiplicative = (): Expr => {
    let a = unary();
    while (is('*') || is('/') || is('%')) {
      const op = next().value;
      a = { t: 'bin', op, a, b: unary() };
    }
    return a;
  };
  const unary = (): Expr => {
    if (is('!')) {
      next();
      return { t: 'unary', op: '!', e: unary() };
    }
    if (is('-') || is('+')) {
      const op = next().value;
      return { t: 'unary', op, e: unary() };
    }
    return power();
  };
  const power = (): Expr => {
    const a = postfix();
    if (is('^') || is('**')) {
      next();
      // Right-associative, and binds tighter than unary minus on its left only.
      const b = is('-') || is('+') || is('!') ? unary() : power();
      return { t: 'bin', op: '^', a, b };
    }
    return a;
  };
  const postfix = (): Expr => {
    if (is('++') || is('--')) {
      const op = next().value as '++' | '--';
      const target = postfix();
      if (!isLvalue(target)) fail();
      return { t: 'incdec', op, prefix: true, target };
    }
    const e = primary();
    if (isLvalue(e) && (is('++') || is('--'))) {
      const op = next().value as '++' | '--';
      return { t: 'incdec', op, prefix: false, target: e };
    }
    return e;
  };
  const optLvalue = (): Expr | null => {
    const t = peek();
    if (t.kind === 'name' || is('$')) return postfixNoIncdec();
    return null;
  };
  const postfixNoIncdec = (): Expr => primary();
  const subscripts = (): Expr[] => {
    expect('[');
    const saved = noIn;
    const savedGt = noGt;
    noIn = false;
    noGt = 0;
    const subs = [exprTop()];
    while (is(',')) {
      next();
      nls();
      subs.push(exprTop());
    }
    noGt = savedGt;
    noIn = saved;
    expect(']');
    return subs;
  };
  const args = (): Expr[] => {
    expect('(');
    const saved = noIn;
    const savedGt = noGt;
    noIn = false;
    noGt = 0;
    const out: Expr[] = [];
    nls();
    if (!is(')')) {
      out.push(exprTop());
      while (is(',')) {
        next();
        nls();
        out.push(exprTop());
      }
    }
    nls();
    noGt = savedGt;
    noIn = saved;
    expect(')');
    return out;
  };
  const primary = (): Expr => {
    const t = peek();
    switch (t.kind) {
      case 'num':
        next();
        return { t: 'num', v: t.num! };
      case 'str':
        next();
        return { t: 'str', v: t.value };
      case 'regex':
        next();
        return { t: 'regex', src: t.value };
      case 'funcname':
        next();
        return { t: 'call', name: t.value, args: args() };
      case 'builtin': {
        next();
        if (t.value === 'length' && !is('(')) return { t: 'builtin', name: 'length', args: [] };
        return { t: 'builtin', name: t.value, args: args() };
      }
      case 'name': {
        next();
        if (is('[')) return { t: 'index', name: t.value, subs: subscripts() };
        return { t: 'var', name: t.value };
      }
      case 'kw':
        if (t.value === 'getline') {
          next();
          const target = optLvalue();
          let file: Expr | null = null;
          if (is('<')) {
            next();
            file = primaryForRedirect();
          }
          return { t: 'getline', target, file, cmd: null };
        }
        return fail();
      case 'op':
        if (t.value === '$') {
          next();
          const e = is('++') || is('--') ? postfix() : is('-') || is('+') || is('!') ? unary() : primary();
          return { t: 'field', e };
        }
        if (t.value === '(') {
          next();
          const saved = noIn;
          const savedGt = noGt;
          noIn = false;
          noGt = 0;
          nls();
          const e = exprTop();
          if (is(',')) {
            // (a, b) in arr
            const subs = [e];
            while (is(',')) {
              next();
              nls();
              subs.push(exprTop());
            }
            expect(')');
            noGt = savedGt;
            noIn = saved;
            if (!is('in')) fail();
            next();
            const name = next();
            if (name.kind !== 'name') fail(name);
            return { t: 'in', subs, name: name.value };
          }
          nls();
          expect(')');
          noGt = savedGt;
          noIn = saved;
          return { t: 'group', e };
        }
        if (t.value === '-' || t.value === '+' || t.value === '!') return unary();
        return fail();
      default:
        return fail();
    }
  };
  /** The operand of `getline <` and of print's `>`: a primary, possibly concatenated in parens only. */
  const primaryForRedirect = (): Expr => {
    const saved = noGt;
    noGt = 1;
    const e = concatNoGetline();
    noGt = saved;
    return e;
  };
  const concatNoGetline = (): Expr => {
    let a = additive();
    while (startsOperand(peek()) && !(is('+') || is('-') || is('!'))) a = { t: 'cat', a, b: additive() };
    return a;
  };
  const exprTop = (): Expr => ternary();

  // ---- statements ----
  const simpleOrBlock = (): Stmt => {
    nls();
    return statement();
  };
  const endSimple = (): void => {
    if (is(';')) {
      next();
      return;
    }
    if (peek().kind === 'nl') {
      next();
      return;
    }
    if (is('}') || peek().kind === 'eof') return;
    fail();
  };
  const printArgs = (): Expr[] => {
    const out: Expr[] = [];
    noGt++;
    const t = peek();
    if (t.kind === 'nl' || is(';') || is('}') || is('>') || is('>>') || is('|') || t.kind === 'eof') {
      noGt--;
      return out;
    }
    // `print (a, b) > f` — a parenthesised list.
    if (is('(')) {
      const save = p;
      next();
      const saved = noIn;
      const savedGt = noGt;
      noIn = false;
      noGt = 0;
      const first = exprTop();
      if (is(',')) {
        const list = [first];
        while (is(',')) {
          next();
          nls();
          list.push(exprTop());
        }
        noIn = saved;
        noGt = savedGt;
        if (is(')')) {
          next();
          const nt = peek();
          if (nt.kind === 'nl' || is(';') || is('}') || is('>') || is('>>') || is('|') || nt.kind === 'eof') {
            noGt--;
            return list;
          }
        }
      }
      noIn = saved;
      noGt = savedGt;
      p = save;
    }
    out.push(exprTop());
    while (is(',')) {
      next();
      nls();
      out.push(exprTop());
    }
    noGt--;
    return out;
  };
  const redirect = (): Redirect => {
    if (is('>') || is('>>') || is('|')) {
      const kind = next().value as '>' | '>>' | '|';
      return { kind, e: primaryForRedirect() };
    }
    return null;
  };
  const simple = (): Stmt => {
    const t = peek();
    if (t.kind === 'kw') {
      switch (t.value) {
        case 'print':
        case 'printf': {
          next();
          const a = printArgs();
          if (t.value === 'printf' && a.length === 0) fail();
          return { t: t.value, args: a, redirect: redirect() };
        }
        case 'delete': {
          next();
          const name = next();
          if (name.kind !== 'name') fail(name);
          return { t: 'delete', name: name.value, subs: is('[') ? subscripts() : null };
        }
        default:
          break;
      }
    }
    return { t: 'expr', e: exprTop() };
  };
  const statement = (): Stmt => {
    const t = peek();
    if (is('{')) {
      next();
      const body = stmtList();
      expect('}');
      return { t: 'block', body };
    }
    if (is(';')) {
      next();
      return { t: 'block', body: [] };
    }
    if (t.kind === 'kw') {
      switch (t.value) {
        case 'if': {
          next();
          expect('(');
          const c = exprTop();
          expect(')');
          const then = simpleOrBlock();
          // `else` may follow after newlines or a `;`
          const save = p;
          terms();
          if (is('else')) {
            next();
            return { t: 'if', c, then, else: simpleOrBlock() };
          }
          p = save;
          return { t: 'if', c, then, else: null };
        }
        case 'while': {
          next();
          expect('(');
          const c = exprTop();
          expect(')');
          if (is(';')) {
            next();
            return { t: 'while', c, body: { t: 'block', body: [] } };
          }
          return { t: 'while', c, body: simpleOrBlock() };
        }
        case 'do': {
          next();
          const body = simpleOrBlock();
          terms();
          expect('while');
          expect('(');
          const c = exprTop();
          expect(')');
          endSimple();
          return { t: 'do', body, c };
        }
        case 'for': {
          next();
          expect('(');
          if (peek().kind === 'name' && peek(1).kind === 'kw' && peek(1).value === 'in' && peek(2).kind === 'name' && peek(3).value === ')') {
            const v = next().value;
            next();
            const arr = next().value;
            expect(')');
            return { t: 'forin', v, arr, body: simpleOrBlock() };
          }
          const init = is(';') ? null : simple();
          expect(';');
          nls();
          const c = is(';') ? null : exprTop();
          expect(';');
          nls();
          const step = is(')') ? null : simple();
          expect(')');
          if (is(';')) {
            next();
            return { t: 'for', init, c, step, body: { t: 'block', body: [] } };
          }
          return { t: 'for', init, c, step, body: simpleOrBlock() };
        }
        case 'next':
        case 'nextfile':
        case 'break':
        case 'continue':
          next();
          endSimple();
          return { t: t.value };
        case 'exit':
        case 'return': {
          next();
          const e = peek().kind === 'nl' || is(';') || is('}') || peek().kind === 'eof' ? null : exprTop();
          endSimple();
          return { t: t.value, e };
        }
        default:
          break;
      }
    }
    const s = simple();
    endSimple();
    return s;
  };
  const stmtList = (): Stmt[] => {
    const out: Stmt[] = [];
    terms();
    while (!is('}') && peek().kind !== 'eof') {
      out.push(statement());
      terms();
    }
    if (peek().kind === 'eof') {
      throw new AwkSyntaxError(peek().line, 'end of file', 'missing }');
    }
    return out;
  };
  const action = (): Stmt[] => {
    expect('{');
    const body = stmtList();
    expect('}');
    return body;
  };

  const prog: Program = { rules: [], funcs: new Map() };
  terms();
  while (peek().kind !== 'eof') {
    const t = peek();
    if (t.kind === 'kw' && t.value === 'function') {
      next();
      const name = next();
      if (name.kind !== 'name' && name.kind !== 'funcname') fail(name);
      expect('(');
      const params: string[] = [];
      while (!is(')')) {
        const pn = next();
        if (pn.kind !== 'name') fail(pn);
        params.push(pn.value);
        if (is(',')) {
          next();
          nls();
        } else if (!is(')')) fail();
      }
      next();
      nls();
      prog.funcs.set(name.value, { name: name.value, params, body: action() });
    } else if (t.kind === 'kw' && (t.value === 'BEGIN' || t.value === 'END')) {
      next();
      nls();
      if (!is('{')) fail();
      prog.rules.push({ kind: t.value === 'BEGIN' ? 'begin' : 'end', pattern: null, pattern2: null, action: action() });
    } else if (is('{')) {
      prog.rules.push({ kind: 'main', pattern: null, pattern2: null, action: action() });
    } else {
      const pattern = exprTop();
      let pattern2: Expr | null = null;
      if (is(',')) {
        next();
        nls();
        pattern2 = exprTop();
      }
      const act = is('{') ? action() : null;
      prog.rules.push({ kind: 'main', pattern, pattern2, action: act });
    }
    if (is('}')) throw new AwkSyntaxError(peek().line, 'end of line', 'extra }');
    terms();
  }
  return prog;
}
