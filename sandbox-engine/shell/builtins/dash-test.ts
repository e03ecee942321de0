/**
 * dash's test and [ (bltin/test.c): POSIX's rules for three and four arguments, then a recursive
 * descent over -o, -a, !, parentheses, unary and binary primaries. No `==`, `-v`, `-o OPTION` or
 * `-N`; numbers must be whole decimal integers (`Illegal number: x`); leftovers are
 * `x: unexpected operator`. Errors give status 2. Recorded from dash 0.5.12.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import type { FileSystem, Stat } from '../../vfs/types.ts';
import type { Shell } from '../shell-state.ts';

type OpType = 'unary' | 'binary' | 'not' | 'and' | 'or' | 'lparen' | 'rparen';

const OPS: Record<string, OpType> = {
  '-r': 'unary', '-w': 'unary', '-x': 'unary', '-e': 'unary', '-f': 'unary', '-d': 'unary', '-c': 'unary',
  '-b': 'unary', '-p': 'unary', '-u': 'unary', '-g': 'unary', '-k': 'unary', '-s': 'unary', '-t': 'unary',
  '-z': 'unary', '-n': 'unary', '-h': 'unary', '-O': 'unary', '-G': 'unary', '-L': 'unary', '-S': 'unary',
  '=': 'binary', '!=': 'binary', '<': 'binary', '>': 'binary', '-eq': 'binary', '-ne': 'binary', '-ge': 'binary',
  '-gt': 'binary', '-le': 'binary', '-lt': 'binary', '-nt': 'binary', '-ot': 'binary', '-ef': 'binary',
  '!': 'not', '-a': 'and', '-o': 'or', '(': 'lparen', ')': 'rparen',
};

class TestError {
  readonly msg: string;
  constructor(msg: string) {
    this.msg = msg;
  }
}

function syntax(op: string | undefined, msg: string): never {
  throw new TestError(op ? `${op}: ${msg}` : msg);
}

/** atomax10: a whole decimal number, blanks around it allowed. */
function getn(s: string): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)[ \t\n\v\f\r]*$/.exec(s);
  if (!m) throw new TestError(`Illegal number: ${s}`);
  const v = BigInt(m[1]);
  if (v > (1n << 63n) - 1n || v < -(1n << 63n)) throw new TestError(`Illegal number: ${s}`);
  return v;
}

function tryStat(fs: FileSystem, p: string, link: boolean): Stat | null {
  if (p === '') return null;
  try {
    return link ? fs.lstat(p) : fs.stat(p);
  } catch {
    return null;
  }
}

/** What a token is, given the words after it (dash's t_lex and isoperand). */
class Parser {
  private readonly w: readonly string[];
  private readonly sh: Shell;
  /** Current position (dash's t_wp). */
  p = 0;
  /** The operator the last t_lex found (dash's t_wp_op). */
  private op: OpType | undefined;

  constructor(words: readonly string[], sh: Shell) {
    this.w = words;
    this.sh = sh;
  }

  lex(i: number): OpType | 'operand' | 'eoi' {
    const s = this.w[i];
    if (s === undefined) {
      this.op = undefined;
      return 'eoi';
    }
    const t = OPS[s];
    if (t !== undefined && !(t === 'unary' && this.isOperand(i)) && !(t === 'lparen' && this.w[i + 1] === undefined)) {
      this.op = t;
      return t;
    }
    this.op = undefined;
    return 'operand';
  }

  /** A unary operator is an operand when a binary operator follows it with a word after that. */
  private isOperand(i: number): boolean {
    const next = this.w[i + 1];
    if (next === undefined) return true;
    if (this.w[i + 2] === undefined) return false;
    return OPS[next] === 'binary';
  }

  or(n: ReturnType<Parser['lex']>): boolean {
    let res = false;
    for (;;) {
      res = this.and(n) || res;
      n = this.lex(this.p + 1);
      if (n !== 'or') return res;
      this.p += 2;
      n = this.lex(this.p);
    }
  }

  private and(n: ReturnType<Parser['lex']>): boolean {
    let res = true;
    for (;;) {
      if (!this.not(n)) res = false;
      n = this.lex(this.p + 1);
      if (n !== 'and') return res;
      this.p += 2;
      n = this.lex(this.p);
    }
  }

  private not(n: ReturnType<Parser['lex']>): boolean {
    if (n !== 'not') return this.primary(n);
    n = this.lex(this.p + 1);
    if (n !== 'eoi') this.p++;
    return !this.not(n);
  }

  private primary(n: ReturnType<Parser['lex']>): boolean {
    if (n === 'eoi') return false;
    if (n === 'lparen') {
      const nn = this.lex(++this.p);
      if (nn === 'rparen') return false;
      const r = this.or(nn);
      if (this.lex(++this.p) !== 'rparen') syntax(undefined, 'closing paren expected');
      return r;
    }
    if (this.op === 'unary') {
      const opText = this.w[this.p];
      const arg = this.w[++this.p];
      if (arg === undefined) syntax(opText, 'argument expected');
      return this.unary(opText, arg);
    }
    this.lex(this.p + 1);
    if (this.op === 'binary') return this.binary();
    return this.w[this.p].length > 0;
  }

  private unary(op: string, arg: string): boolean {
    const fs = this.sh.fs;
    switch (op) {
      case '-z':
        return arg.length === 0;
      case '-n':
        return arg.length !== 0;
      case '-t': {
        const fd = Number(getn(arg));
        const e = this.sh.fds.get(fd);
        return e?.output?.isTTY ?? e?.input?.isTTY ?? false;
      }
      case '-r':
      case '-w':
      case '-x':
        return tryStat(fs, arg, false) !== null && fs.access(arg, op === '-r' ? 'r' : op === '-w' ? 'w' : 'x');
    }
    const st = tryStat(fs, arg, op === '-h' || op === '-L');
    if (st === null) return false;
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return st.kind === 'file';
      case '-d':
        return st.kind === 'dir';
      case '-c':
        return st.kind === 'chardev';
      case '-p':
        return st.kind === 'fifo';
      case '-h':
      case '-L':
        return st.kind === 'symlink';
      case '-s':
        return st.size > 0;
      case '-u':
        return (st.mode & 0o4000) !== 0;
      case '-g':
        return (st.mode & 0o2000) !== 0;
      case '-k':
        return (st.mode & 0o1000) !== 0;
      case '-O':
        return st.uid === this.sh.cred.uid;
      case '-G':
        return st.gid === this.sh.cred.gid;
      default:
        // -b, -S: no block devices or sockets here.
        return false;
    }
  }

  private binary(): boolean {
    const a = this.w[this.p];
    const op = this.w[++this.p];
    const b = this.w[++this.p];
    if (b === undefined) syntax(op, 'argument expected');
    const fs = this.sh.fs;
    switch (op) {
      case '=':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '-eq':
        return getn(a) === getn(b);
      case '-ne':
        return getn(a) !== getn(b);
      case '-ge':
        return getn(a) >= getn(b);
      case '-gt':
        return getn(a) > getn(b);
      case '-le':
        return getn(a) <= getn(b);
      case '-lt':
        return getn(a) < getn(b);
    }
    const sa = tryStat(fs, a, false);
    const sb = tryStat(fs, b, false);
    if (sa === null || sb === null) return false;
    if (op === '-nt') return sa.mtime > sb.mtime;
    if (op === '-ot') return sa.mtime < sb.mtime;
    return sa.dev === sb.dev && sa.ino === sb.ino;
  }
}

/** testcmd: status 0/1, or the message of an error (status 2). */
export function dashTestEval(argv: readonly string[], sh: Shell): { status: number; error?: string } {
  let words = argv.slice(1);
  if (argv[0] === '[') {
    if (words[words.length - 1] !== ']') return { status: 2, error: 'missing ]' };
    words = words.slice(0, -1);
  }
  let res = true;
  try {
    for (;;) {
      const n = words.length;
      if (n < 1) return { status: res ? 1 : 0 };
      // POSIX's rules for 3 and 4 arguments, as dash applies them.
      if (n === 3 && OPS[words[1]] === 'binary') {
        const p = new Parser(words, sh);
        return finish(p, words, res, p.or('operand'));
      }
      if (n === 3 || n === 4) {
        if (words[0] === '(' && words[n - 1] === ')') {
          words = words.slice(1, -1);
        } else if (words[0] === '!') {
          res = false;
          words = words.slice(1);
          continue;
        }
      }
      const p = new Parser(words, sh);
      const first = p.lex(0);
      return finish(p, words, res, p.or(first));
    }
  } catch (e) {
    if (e instanceof TestError) return { status: 2, error: e.msg };
    throw e;
  }
}

function finish(p: Parser, words: readonly string[], res: boolean, value: boolean): { status: number } {
  if (words[p.p] !== undefined && words[p.p + 1] !== undefined) syntax(words[p.p], 'unexpected operator');
  // dash's res starts as 1 (false) and is flipped by `!`: status = res XOR value.
  return { status: (res ? 1 : 0) ^ (value ? 1 : 0) };
}

function run(b: BuiltinContext): number | Promise<number> {
  const r = dashTestEval(b.argv, b.sh);
  if (r.error === undefined) return r.status;
  return b.error(r.error).then(() => r.status);
}

export const dashTest: Builtin = { name: 'test', run };
export const dashBracket: Builtin = { name: '[', run };
