/**
 * test and [: one evaluator, three dialects of diagnostics. bash's builtin and coreutils' program
 * share the grammar of bash's test.c (special cases for 0-4 arguments, then a recursive parser with
 * -o, -a, !, parentheses); busybox's applet/ash builtin parses greedily and reports leftovers as
 * "unknown operand". Texts recorded from bash 5.2, coreutils 9.1 and busybox 1.35.
 *
 * The shell calls `evalTest` directly (synchronously) for its `test`/`[` builtins; `applet` is
 * the program /usr/bin/test, /usr/bin/[ (and busybox's).
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { FileSystem, Stat } from '../../vfs/types.ts';
import { utf8Locale } from './lib/text-io.ts';

export type TestDialect = 'bash' | 'coreutils' | 'busybox';

export interface TestEnv {
  fs: FileSystem;
  /** `-t FD`. */
  isTTY(fd: number): boolean;
  /** bash `-v NAME`. */
  varSet?(name: string): boolean;
  /** bash `-o OPTION`. */
  optSet?(name: string): boolean;
  /** coreutils quotes with ‘’ in a UTF-8 locale. */
  utf8?: boolean;
}

export interface TestResult {
  status: number;
  /** Diagnostic without the program prefix (`a: integer expression expected`). */
  error?: string;
}

type Err =
  | { k: 'unary'; tok: string }
  | { k: 'binary'; tok: string }
  | { k: 'argument'; after?: string }
  | { k: 'integer'; tok: string; range?: boolean }
  | { k: 'paren'; found?: string }
  | { k: 'extra'; tok: string };

class TestError {
  readonly e: Err;
  constructor(e: Err) {
    this.e = e;
  }
}

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-n', '-o', '-p', '-r', '-s', '-t', '-u', '-v', '-w', '-x', '-z', '-G', '-L', '-N', '-O', '-R', '-S']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);
const BB_UNARY = new Set(['-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-n', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-z', '-G', '-L', '-O', '-S']);

function message(e: Err, d: TestDialect, utf8: boolean): string {
  const q = (s: string) => (utf8 ? `\u2018${s}\u2019` : `'${s}'`);
  if (d === 'bash') {
    switch (e.k) {
      case 'unary':
        return `${e.tok}: unary operator expected`;
      case 'binary':
        return `${e.tok}: binary operator expected`;
      case 'argument':
        return 'argument expected';
      case 'integer':
        return `${e.tok}: integer expression expected`;
      case 'paren':
        return e.found !== undefined ? `\`)' expected, found ${e.found}` : "`)' expected";
      case 'extra':
        return 'too many arguments';
    }
  }
  if (d === 'coreutils') {
    switch (e.k) {
      case 'unary':
        return `${q(e.tok)}: unary operator expected`;
      case 'binary':
        return `${q(e.tok)}: binary operator expected`;
      case 'argument':
        return e.after !== undefined ? `missing argument after ${q(e.after)}` : 'argument expected';
      case 'integer':
        return `invalid integer ${q(e.tok)}`;
      case 'paren':
        return e.found !== undefined ? `${q(')')} expected, found ${q(e.found)}` : `${q(')')} expected`;
      case 'extra':
        return `extra argument ${q(e.tok)}`;
    }
  }
  switch (e.k) {
    case 'unary':
    case 'binary':
    case 'extra':
      return `${e.tok}: unknown operand`;
    case 'argument':
      return e.after !== undefined ? `${e.after}: argument expected` : 'argument expected';
    case 'integer':
      return e.range ? `${e.tok}: out of range` : `${e.tok}: bad number`;
    case 'paren':
      return 'closing paren expected';
  }
}

function toInt(s: string, d: TestDialect): bigint {
  if (s.length > 0 && s.length < 16 && /^-?[0-9]+$/.test(s)) return BigInt(s);
  const m = /^[ \t\n]*([-+]?[0-9]+)[ \t\n]*$/.exec(s);
  if (!m) throw new TestError({ k: 'integer', tok: s });
  const v = BigInt(m[1]);
  if (d !== 'coreutils' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    throw new TestError({ k: 'integer', tok: s, range: d === 'busybox' });
  }
  return v;
}

function tryStat(fs: FileSystem, p: string, link = false): Stat | null {
  if (p === '') return null;
  try {
    return link ? fs.lstat(p) : fs.stat(p);
  } catch {
    return null;
  }
}

function unaryTest(op: string, arg: string, env: TestEnv, d: TestDialect): boolean {
  const fs = env.fs;
  switch (op) {
    case '-n':
      return arg !== '';
    case '-z':
      return arg === '';
    case '-t': {
      const fd = Number(toInt(arg, d));
      return env.isTTY(fd);
    }
    case '-v':
      return env.varSet?.(arg) ?? false;
    case '-o':
      return env.optSet?.(arg) ?? false;
    case '-h':
    case '-L':
      return tryStat(fs, arg, true)?.kind === 'symlink';
  }
  const st = tryStat(fs, arg);
  if (st === null) return false;
  switch (op) {
    case '-a':
    case '-e':
      return true;
    case '-f':
      return st.kind === 'file';
    case '-d':
      return st.kind === 'dir';
    case '-c':
      return st.kind === 'chardev';
    case '-b':
      return false;
    case '-p':
      return st.kind === 'fifo';
    case '-S':
      return false;
    case '-s':
      return st.size > 0;
    case '-r':
      return fs.access(arg, 'r');
    case '-w':
      return fs.access(arg, 'w');
    case '-x':
      return fs.access(arg, 'x');
    case '-g':
      return (st.mode & 0o2000) !== 0;
    case '-u':
      return (st.mode & 0o4000) !== 0;
    case '-k':
      return (st.mode & 0o1000) !== 0;
    case '-O':
      return st.uid === fs.cred.uid;
    case '-G':
      return st.gid === fs.cred.gid;
    case '-N':
      return st.mtime > st.atime;
    case '-R':
      return false;
  }
  return false;
}

function binaryTest(a: string, op: string, b: string, env: TestEnv, d: TestDialect): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return toInt(a, d) === toInt(b, d);
    case '-ne':
      return toInt(a, d) !== toInt(b, d);
    case '-lt':
      return toInt(a, d) < toInt(b, d);
    case '-le':
      return toInt(a, d) <= toInt(b, d);
    case '-gt':
      return toInt(a, d) > toInt(b, d);
    case '-ge':
      return toInt(a, d) >= toInt(b, d);
    case '-nt':
    case '-ot': {
      const sa = tryStat(env.fs, a);
      const sb = tryStat(env.fs, b);
      if (op === '-nt') return sa !== null && (sb === null || sa.mtime > sb.mtime);
      return sb !== null && (sa === null || sa.mtime < sb.mtime);
    }
    case '-ef': {
      const sa = tryStat(env.fs, a);
      const sb = tryStat(env.fs, b);
      return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
    }
  }
  return false;
}

/** bash's / coreutils' test.c grammar. `all` keeps a trailing `]` visible for "found ]". */
class GnuParser {
  private pos = 0;
  private readonly args: string[];
  private readonly all: string[];
  private readonly env: TestEnv;
  private readonly d: TestDialect;
  constructor(args: string[], all: string[], env: TestEnv, d: TestDialect) {
    this.args = args;
    this.all = all;
    this.env = env;
    this.d = d;
  }

  run(): boolean {
    const a = this.args;
    const n = a.length;
    if (n === 0) return false;
    if (n === 1) return a[0] !== '';
    if (n === 2) return this.two(0);
    if (n === 3) return this.three(0);
    if (n === 4) {
      if (a[0] === '!') return !this.three(1);
      if (a[0] === '(' && a[3] === ')') return this.two(1);
    }
    const r = this.or();
    if (this.pos < n) throw new TestError({ k: 'extra', tok: a[this.pos] });
    return r;
  }

  private two(p: number): boolean {
    const a = this.args;
    if (a[p] === '!') return a[p + 1] === '';
    if (UNARY.has(a[p])) return unaryTest(a[p], a[p + 1], this.env, this.d);
    if (this.d === 'coreutils') throw new TestError({ k: 'argument', after: a[p + 1] });
    throw new TestError({ k: 'unary', tok: a[p] });
  }

  private three(p: number): boolean {
    const a = this.args;
    if (BINARY.has(a[p + 1])) return binaryTest(a[p], a[p + 1], a[p + 2], this.env, this.d);
    if (a[p + 1] === '-a') return a[p] !== '' && a[p + 2] !== '';
    if (a[p + 1] === '-o') return a[p] !== '' || a[p + 2] !== '';
    if (a[p] === '!') return !this.two(p + 1);
    if (a[p] === '(' && a[p + 2] === ')') return a[p + 1] !== '';
    if (this.d === 'coreutils' && UNARY.has(a[p])) throw new TestError({ k: 'extra', tok: a[p + 2] });
    throw new TestError({ k: 'binary', tok: a[p + 1] });
  }

  private or(): boolean {
    let r = this.and();
    while (this.args[this.pos] === '-o') {
      this.pos++;
      const b = this.and();
      r = r || b;
    }
    return r;
  }

  private and(): boolean {
    let r = this.term();
    while (this.args[this.pos] === '-a') {
      this.pos++;
      const b = this.term();
      r = r && b;
    }
    return r;
  }

  private term(): boolean {
    const a = this.args;
    const n = a.length;
    if (this.pos >= n) throw new TestError({ k: 'argument', after: a[this.pos - 1] });
    const t = a[this.pos];
    if (t === '!') {
      this.pos++;
      return !this.term();
    }
    if (t === '(') {
      this.pos++;
      const r = this.or();
      if (a[this.pos] !== ')') {
        const found = this.all[this.pos];
        throw new TestError({ k: 'paren', found });
      }
      this.pos++;
      return r;
    }
    if (n - this.pos >= 3 && BINARY.has(a[this.pos + 1])) {
      const r = binaryTest(t, a[this.pos + 1], a[this.pos + 2], this.env, this.d);
      this.pos += 3;
      return r;
    }
    if (n - this.pos >= 2 && UNARY.has(t)) {
      const r = unaryTest(t, a[this.pos + 1], this.env, this.d);
      this.pos += 2;
      return r;
    }
    this.pos++;
    return t !== '';
  }
}

/** busybox's test: greedy recursive descent, leftovers are "unknown operand". */
class BbParser {
  private pos = 0;
  private readonly a: string[];
  private readonly env: TestEnv;
  constructor(args: string[], env: TestEnv) {
    this.a = args;
    this.env = env;
  }
  run(): boolean {
    const n = this.a.length;
    if (n === 0) return false;
    if (n === 1) return this.a[0] !== '';
    const r = this.or();
    if (this.pos < n) throw new TestError({ k: 'extra', tok: this.a[this.pos] });
    return r;
  }
  private or(): boolean {
    let r = this.and();
    while (this.a[this.pos] === '-o') {
      this.pos++;
      const b = this.and();
      r = r || b;
    }
    return r;
  }
  private and(): boolean {
    let r = this.not();
    while (this.a[this.pos] === '-a') {
      this.pos++;
      const b = this.not();
      r = r && b;
    }
    return r;
  }
  private not(): boolean {
    if (this.a[this.pos] === '!') {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }
  private primary(): boolean {
    const a = this.a;
    if (this.pos >= a.length) throw new TestError({ k: 'argument' });
    const t = a[this.pos];
    if (t === '(') {
      this.pos++;
      const r = this.or();
      if (a[this.pos] !== ')') throw new TestError({ k: 'paren' });
      this.pos++;
      return r;
    }
    const next = a[this.pos + 1];
    if (BB_UNARY.has(t)) {
      if (next === undefined) throw new TestError({ k: 'argument', after: t });
      this.pos += 2;
      return unaryTest(t, next, this.env, 'busybox');
    }
    if (next !== undefined && BINARY.has(next)) {
      const b = a[this.pos + 2];
      if (b === undefined) throw new TestError({ k: 'argument', after: next });
      this.pos += 3;
      return binaryTest(t, next, b, this.env, 'busybox');
    }
    this.pos++;
    return t !== '';
  }
}

/**
 * Evaluate test arguments (without the program name; for `[`, still ending with `]`).
 * Status 0 true, 1 false, 2 error (with `error`).
 */
export function evalTest(args: readonly string[], bracket: boolean, env: TestEnv, dialect: TestDialect): TestResult {
  let list = args as string[];
  const all = list;
  if (bracket) {
    if (list[list.length - 1] !== ']') {
      const msg = dialect === 'bash' ? "missing `]'" : dialect === 'coreutils' ? `missing ${env.utf8 ? '\u2018]\u2019' : "']'"}` : 'missing ]';
      return { status: 2, error: msg };
    }
    list = list.slice(0, -1);
  }
  try {
    const ok = dialect === 'busybox' ? new BbParser(list, env).run() : new GnuParser(list, all, env, dialect).run();
    return { status: ok ? 0 : 1 };
  } catch (e) {
    if (e instanceof TestError) return { status: 2, error: message(e.e, dialect, env.utf8 ?? false) };
    throw e;
  }
}

export const applet: Applet = {
  name: 'test',
  async run(ctx: ProcessContext) {
    const a0 = ctx.argv[0] ?? 'test';
    const base = a0.slice(a0.lastIndexOf('/') + 1);
    const bracket = base === '[';
    const builtin = ctx.messagePrefix !== '';
    const dialect: TestDialect = ctx.flavour === 'busybox' ? 'busybox' : builtin ? 'bash' : 'coreutils';
    const args = ctx.argv.slice(1);
    if (dialect === 'coreutils' && bracket && args.length === 1 && (args[0] === '--help' || args[0] === '--version')) {
      await ctx.stdout.write(args[0] === '--help' ? HELP : '[ (GNU coreutils) 9.1\n');
      return 0;
    }
    const r = evalTest(args, bracket, {
      fs: ctx.fs,
      isTTY: (fd) => (fd === 0 ? ctx.stdin.isTTY : fd === 1 ? ctx.stdout.isTTY : fd === 2 ? ctx.stderr.isTTY : false),
      utf8: utf8Locale(ctx.env),
    }, dialect);
    if (r.error !== undefined) {
      let lead: string;
      if (dialect === 'bash') lead = `${ctx.messagePrefix}${base}: `;
      else if (dialect === 'coreutils') lead = `${a0}: `;
      else lead = builtin ? ctx.messagePrefix : `${base}: `;
      await ctx.stderr.write(`${lead}${r.error}\n`);
    }
    return r.status;
  },
};

const HELP = `Usage: test EXPRESSION
  or:  test
  or:  [ EXPRESSION ]
  or:  [ ]
  or:  [ OPTION
Exit with the status determined by EXPRESSION.
`;
