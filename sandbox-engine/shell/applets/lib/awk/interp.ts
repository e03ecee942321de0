/**
 * The awk interpreter: values (numbers, strings and "strnums" from input that compare as numbers
 * when they look like numbers), fields and records, user functions with array references, and
 * the builtins. Output goes through an `AwkIO` so the applet owns files, pipes and stdout.
 */
import type { Expr, Func, Program, Redirect, Rule, Stmt } from './parser.ts';
import { compileRegex, RegexSyntaxError } from '../regex.ts';
import { formatFloat, padField } from '../cformat.ts';
import { formatInt } from '../printf-format.ts';

/** A value from input or a variable never set: compares as a number when it looks like one. */
export interface StrNum {
  sn: string;
  num: number | null;
}
export type Val = number | string | StrNum;

export const UNINIT: StrNum = Object.freeze({ sn: '', num: 0 });

const NUMERIC = /^[ \t\n\f\r\v]*[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)[ \t\n\f\r\v]*$/i;

export function strnum(s: string): StrNum {
  return { sn: s, num: NUMERIC.test(s) ? strToNum(s) : null };
}

export function strToNum(s: string): number {
  const m = /^[ \t\n\f\r\v]*([+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))/.exec(s);
  if (m) return Number(m[1]);
  const inf = /^[ \t]*([+-]?)(inf|nan)/i.exec(s);
  if (inf) return inf[2].toLowerCase() === 'nan' ? NaN : inf[1] === '-' ? -Infinity : Infinity;
  return 0;
}

export class AwkRuntimeError extends Error {}

/** mawk prints what it formatted before running out of arguments, then fails. */
class PrintfShort extends AwkRuntimeError {
  readonly partial: string;
  constructor(partial: string, message: string) {
    super(message);
    this.partial = partial;
  }
}

export interface AwkIO {
  /** Write to stdout, or to a redirection target (`>`, `>>`, `|`). */
  write(text: string, redirect: { kind: '>' | '>>' | '|'; target: string } | null): Promise<void>;
  close(name: string): Promise<number>;
  /** Next line of a file for `getline < file` (null at EOF, undefined when it cannot be opened). */
  readLine(file: string): Promise<string | null | undefined>;
  /** Output of a command for `cmd | getline`, one line per call. */
  cmdLine(cmd: string): Promise<string | null>;
  system(cmd: string): Promise<number>;
  tick(): void;
}

/** Where main-rule records come from (the applet iterates files and assignments). */
export interface RecordSource {
  next(): Promise<string | null>;
  filename(): string;
}

interface Cell {
  v: Val;
  arr: Map<string, Val> | null;
  /** A parameter bound to a caller's untouched variable: shares its array if it becomes one. */
  ref?: Cell;
}

class Next extends Error {}
class NextFile extends Error {}
class Break extends Error {}
class Continue extends Error {}
class Exit extends Error {
  readonly code: number;
  constructor(code: number) {
    super('exit');
    this.code = code;
  }
}
class Return extends Error {
  readonly v: Val;
  constructor(v: Val) {
    super('return');
    this.v = v;
  }
}

export interface AwkOptions {
  flavour: 'gnu' | 'busybox';
  /** mawk prints integers as integers only within 32 bits; busybox up to 2^53. */
  intLimit: number;
  seed: number;
}

export class Interp {
  private readonly globals = new Map<string, Cell>();
  private frames: Map<string, Cell>[] = [];
  private fields: string[] = [''];
  private nf = 0;
  private fieldsValid = true;
  private record = '';
  private readonly prog: Program;
  private readonly io: AwkIO;
  private readonly opts: AwkOptions;
  private readonly regexCache = new Map<string, RegExp>();
  private src: RecordSource | null = null;
  private randState: number;
  private prevSeed = 0;
  exitCode = 0;

  constructor(prog: Program, io: AwkIO, opts: AwkOptions) {
    this.prog = prog;
    this.io = io;
    this.opts = opts;
    this.randState = opts.seed >>> 0;
    const defaults: Record<string, Val> = {
      FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', NR: 0, NF: 0, FNR: 0, SUBSEP: '\x1c', CONVFMT: '%.6g',
      OFMT: '%.6g', RSTART: 0, RLENGTH: -1, FILENAME: '',
    };
    for (const [k, v] of Object.entries(defaults)) this.globals.set(k, { v, arr: null });
  }

  // ---------- variables ----------
  cell(name: string): Cell {
    const frame = this.frames[this.frames.length - 1];
    const local = frame?.get(name);
    if (local) return local;
    let c = this.globals.get(name);
    if (!c) {
      c = { v: UNINIT, arr: null };
      this.globals.set(name, c);
    }
    return c;
  }
  setArray(name: string, entries: [string, Val][]): void {
    const c = this.cell(name);
    c.arr = new Map(entries);
  }
  getVar(name: string): Val {
    if (name === 'NF') {
      this.splitIfNeeded();
      return this.nf;
    }
    return this.cell(name).v;
  }
  setVar(name: string, v: Val): void {
    const c = this.cell(name);
    if (c.arr) throw new AwkRuntimeError(`can't assign to ${name}; it's an array name.`);
    c.v = v;
    if (name === 'NF') {
      this.splitIfNeeded();
      const n = Math.max(0, Math.trunc(this.num(v)));
      while (this.fields.length - 1 < n) this.fields.push('');
      this.fields.length = n + 1;
      this.nf = n;
      this.rebuild();
    }
  }
  private array(name: string): Map<string, Val> {
    const c = this.cell(name);
    if (!c.arr && c.ref) c.arr = c.ref.arr ?? (c.ref.arr = new Map());
    if (!c.arr) {
      if (c.v !== UNINIT && !(typeof c.v === 'object' && c.v.sn === '' && c.v.num === 0)) {
        throw new AwkRuntimeError(`can't use scalar ${name} as array`);
      }
      c.arr = new Map();
    }
    return c.arr;
  }

  // ---------- conversions ----------
  num(v: Val): number {
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return strToNum(v);
    return v.num ?? strToNum(v.sn);
  }
  numToStr(n: number, fmtVar: 'CONVFMT' | 'OFMT'): string {
    if (Number.isInteger(n) && Math.abs(n) <= this.opts.intLimit) return Object.is(n, -0) ? (this.opts.flavour === 'gnu' ? '-0' : '0') : String(n);
    if (Number.isNaN(n)) return n < 0 || this.opts.flavour === 'gnu' ? '-nan' : 'nan';
    if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
    return this.sprintf(this.str(this.getVar(fmtVar)), [n]);
  }
  str(v: Val): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return this.numToStr(v, 'CONVFMT');
    return v.sn;
  }
  outStr(v: Val): string {
    return typeof v === 'number' ? this.numToStr(v, 'OFMT') : this.str(v);
  }
  bool(v: Val): boolean {
    if (typeof v === 'number') return v !== 0;
    if (typeof v === 'string') return v !== '';
    if (v.num !== null) return v.num !== 0;
    return v.sn !== '';
  }
  compare(a: Val, b: Val): number {
    const an = typeof a === 'number' || (typeof a === 'object' && a.num !== null);
    const bn = typeof b === 'number' || (typeof b === 'object' && b.num !== null);
    if (an && bn) {
      const x = this.num(a);
      const y = this.num(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = this.str(a);
    const y = this.str(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  // ---------- records and fields ----------
  setRecord(text: string): void {
    this.record = text;
    this.fieldsValid = false;
  }
  private splitIfNeeded(): void {
    if (this.fieldsValid) return;
    const parts = this.splitText(this.record, this.str(this.getVarRaw('FS')), this.str(this.getVarRaw('RS')) === '');
    this.fields = ['', ...parts];
    this.nf = parts.length;
    this.fieldsValid = true;
  }
  private getVarRaw(name: string): Val {
    return this.cell(name).v;
  }
  splitText(text: string, fs: string, paragraph = false): string[] {
    if (text === '') return [];
    if (fs === ' ') return text.split(/[ \t\n]+/).filter((x, i, a) => x !== '' || (i > 0 && i < a.length - 1));
    let parts: string[];
    if (fs === '') parts = [...text];
    else if (fs.length === 1 && fs !== '\\') parts = text.split(fs === '\t' ? '\t' : fs);
    else parts = text.split(this.regex(fs));
    if (paragraph && fs !== ' ') parts = parts.flatMap((p) => p.split('\n'));
    return parts;
  }
  getField(i: number): Val {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    if (i === 0) return strnum(this.record);
    this.splitIfNeeded();
    return i <= this.nf ? strnum(this.fields[i]) : UNINIT;
  }
  setField(i: number, v: string): void {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    if (i === 0) {
      this.setRecord(v);
      return;
    }
    this.splitIfNeeded();
    while (this.nf < i) {
      this.fields.push('');
      this.nf++;
    }
    this.fields[i] = v;
    this.rebuild();
  }
  private rebuild(): void {
    this.record = this.fields.slice(1, this.nf + 1).join(this.str(this.getVar('OFS')));
    this.cell('NF').v = this.nf;
  }

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      try {
        re = compileRegex(src, { extended: true, awkEscapes: true }, 's');
      } catch (e) {
        if (e instanceof RegexSyntaxError) throw new AwkRuntimeError(`regular expression compile failed (${e.message})\n${src}`);
        throw e;
      }
      this.regexCache.set(src, re);
    }
    return re;
  }
  private async regexOf(e: Expr): Promise<RegExp> {
    if (e.t === 'regex') return this.regex(e.src);
    return this.regex(this.str(await this.eval(e)));
  }

  // ---------- expressions ----------
  private lvalueGet(e: Expr): Promise<Val> {
    return this.eval(e);
  }
  private async assignTo(e: Expr, v: Val): Promise<void> {
    if (e.t === 'var') this.setVar(e.name, v);
    else if (e.t === 'field') this.setField(Math.trunc(this.num(await this.eval(e.e))), this.str(v));
    else if (e.t === 'index') this.array(e.name).set(await this.subscript(e.subs), v);
    else if (e.t === 'group') await this.assignTo(e.e, v);
    else throw new AwkRuntimeError('assignment to non-lvalue');
  }
  private async subscript(subs: Expr[]): Promise<string> {
    const parts: string[] = [];
    for (const x of subs) parts.push(this.str(await this.eval(x)));
    return parts.join(this.str(this.getVar('SUBSEP')));
  }

  async eval(e: Expr): Promise<Val> {
    switch (e.t) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 'regex': {
        const re = this.regex(e.src);
        re.lastIndex = 0;
        return re.test(this.record) ? 1 : 0;
      }
      case 'var':
        if (this.cell(e.name).arr) throw new AwkRuntimeError(`can't use array ${e.name} in scalar context`);
        return this.getVar(e.name);
      case 'field':
        return this.getField(Math.trunc(this.num((await this.eval(e.e)))));
      case 'index': {
        const arr = this.array(e.name);
        const k = await this.subscript(e.subs);
        let v = arr.get(k);
        if (v === undefined) {
          v = UNINIT;
          arr.set(k, v);
        }
        return v;
      }
      case 'group':
        return this.eval(e.e);
      case 'assign': {
        const rhs = (await this.eval(e.e));
        let v: Val;
        if (e.op === '=') v = typeof rhs === 'object' ? { ...rhs } : rhs;
        else {
          const cur = this.num(await this.lvalueGet(e.target));
          const r = this.num(rhs);
          v = this.arith(e.op[0] === '*' && e.op[1] === '*' ? '^' : e.op[0], cur, r);
        }
        await this.assignTo(e.target, v);
        return v;
      }
      case 'cond':
        return this.bool((await this.eval(e.c))) ? this.eval(e.a) : this.eval(e.b);
      case 'or':
        return this.bool((await this.eval(e.a))) || this.bool((await this.eval(e.b))) ? 1 : 0;
      case 'and':
        return this.bool((await this.eval(e.a))) && this.bool((await this.eval(e.b))) ? 1 : 0;
      case 'in':
        return this.array(e.name).has(await this.subscript(e.subs)) ? 1 : 0;
      case 'match': {
        const s = this.str((await this.eval(e.a)));
        const re = await this.regexOf(e.re);
        re.lastIndex = 0;
        return re.test(s) !== e.neg ? 1 : 0;
      }
      case 'bin': {
        const a = (await this.eval(e.a));
        const b = (await this.eval(e.b));
        switch (e.op) {
          case '<':
            return this.compare(a, b) < 0 ? 1 : 0;
          case '<=':
            return this.compare(a, b) <= 0 ? 1 : 0;
          case '>':
            return this.compare(a, b) > 0 ? 1 : 0;
          case '>=':
            return this.compare(a, b) >= 0 ? 1 : 0;
          case '==':
            return this.compare(a, b) === 0 ? 1 : 0;
          case '!=':
            return this.compare(a, b) !== 0 ? 1 : 0;
          default:
            return this.arith(e.op, this.num(a), this.num(b));
        }
      }
      case 'cat':
        return this.str((await this.eval(e.a))) + this.str((await this.eval(e.b)));
      case 'unary': {
        const v = (await this.eval(e.e));
        if (e.op === '!') return this.bool(v) ? 0 : 1;
        return e.op === '-' ? -this.num(v) : this.num(v);
      }
      case 'incdec': {
        const old = this.num(await this.lvalueGet(e.target));
        const nv = e.op === '++' ? old + 1 : old - 1;
        await this.assignTo(e.target, nv);
        return e.prefix ? nv : old;
      }
      case 'builtin':
        return this.builtin(e.name, e.args);
      case 'call':
        return this.callFunc(e.name, e.args);
      case 'getline':
        return this.getline(e);
    }
  }

  arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0 && this.opts.flavour === 'busybox') throw new AwkRuntimeError('Division by zero');
        return a / b;
      case '%':
        if (b === 0 && this.opts.flavour === 'busybox') throw new AwkRuntimeError('Division by zero');
        return a % b;
      case '^':
        return Math.pow(a, b);
      default:
        throw new AwkRuntimeError(`bad operator ${op}`);
    }
  }

  private async callFunc(name: string, argExprs: Expr[]): Promise<Val> {
    const f: Func | undefined = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    const frame = new Map<string, Cell>();
    for (let k = 0; k < f.params.length; k++) {
      const p = f.params[k];
      const a = argExprs[k];
      if (a && a.t === 'var') {
        const c = this.cell(a.name);
        // Arrays go by reference; an untouched name becomes the caller's array if used as one.
        if (c.arr) {
          frame.set(p, c);
          continue;
        }
        if (c.v === UNINIT) {
          frame.set(p, { v: UNINIT, arr: null, ref: c });
          continue;
        }
      }
      const v = a ? await this.eval(a) : UNINIT;
      frame.set(p, { v: typeof v === 'object' && v !== UNINIT ? { ...v } : v, arr: null });
    }
    if (this.frames.length > 1000) throw new AwkRuntimeError('function call nesting too deep');
    this.frames.push(frame);
    try {
      await this.execList(f.body);
      return UNINIT;
    } catch (e) {
      if (e instanceof Return) return e.v;
      throw e;
    } finally {
      this.frames.pop();
    }
  }

  private async builtin(name: string, args: Expr[]): Promise<Val> {
    const arg = (k: number): Promise<Val> => this.eval(args[k]);
    const s = async (k: number): Promise<string> => this.str(await arg(k));
    const n = async (k: number): Promise<number> => this.num(await arg(k));
    switch (name) {
      case 'length': {
        // mawk and busybox count bytes, not characters.
        if (args.length === 0) return byteLen(this.record);
        const a = args[0];
        if (a.t === 'var' && this.cell(a.name).arr) return this.cell(a.name).arr!.size;
        return byteLen(await s(0));
      }
      case 'substr': {
        const chars = [...(await s(0))];
        const m = (await n(1));
        // POSIX: characters from round(m) to round(m + len) - 1, clipped to the string.
        const start = roundHalfEven(m);
        let end = args.length > 2 ? roundHalfEven(m + (await n(2))) : Infinity;
        if (Number.isNaN(m)) return '';
        const lo = Math.max(start, 1);
        end = Math.min(end, chars.length + 1);
        return lo < end ? chars.slice(lo - 1, end - 1).join('') : '';
      }
      case 'index': {
        const hay = await s(0);
        const needle = await s(1);
        if (needle === '' && this.opts.flavour === 'busybox') return 0;
        const i = hay.indexOf(needle);
        return i < 0 ? 0 : [...hay.slice(0, i)].length + 1;
      }
      case 'split': {
        const text = (await s(0));
        const target = args[1];
        if (!target || target.t !== 'var') throw new AwkRuntimeError('split requires an array');
        let parts: string[];
        if (args.length > 2) {
          const sep = args[2];
          if (sep.t === 'regex') parts = text === '' ? [] : text.split(this.regex(sep.src));
          else parts = this.splitText(text, this.str(await this.eval(sep)));
        } else parts = this.splitText(text, this.str(this.getVar('FS')));
        const c = this.cell(target.name);
        c.arr = new Map(parts.map((p, k) => [String(k + 1), strnum(p)]));
        return parts.length;
      }
      case 'sub':
      case 'gsub': {
        const re = await this.regexOf(args[0]);
        const repl = (await s(1));
        const target: Expr = args[2] ?? { t: 'field', e: { t: 'num', v: 0 } };
        const text = this.str(await this.eval(target));
        const { out, count } = substitute(text, re, repl, name === 'gsub', this.opts.flavour);
        if (count > 0) await this.assignTo(target, out);
        return count;
      }
      case 'match': {
        const text = (await s(0));
        const re = await this.regexOf(args[1]);
        re.lastIndex = 0;
        const m = re.exec(text);
        const start = m ? [...text.slice(0, m.index)].length + 1 : 0;
        const len = m ? [...m[0]].length : -1;
        this.setVar('RSTART', start);
        this.setVar('RLENGTH', len);
        return start;
      }
      case 'sprintf':
        if (args.length === 0) throw new AwkRuntimeError('sprintf: no format');
      {
        const fmt = await s(0);
        const vals: Val[] = [];
        for (const a of args.slice(1)) vals.push(await this.eval(a));
        return this.sprintf(fmt, vals);
      }
      case 'sin':
        return Math.sin((await n(0)));
      case 'cos':
        return Math.cos((await n(0)));
      case 'atan2':
        return Math.atan2((await n(0)), (await n(1)));
      case 'exp':
        return Math.exp((await n(0)));
      case 'log': {
        const x = (await n(0));
        return x < 0 ? -NaN : Math.log(x);
      }
      case 'sqrt':
        return Math.sqrt((await n(0)));
      case 'int':
        return Math.trunc((await n(0)));
      case 'rand': {
        this.randState = (Math.imul(this.randState, 1103515245) + 12345) >>> 0;
        return this.randState / 4294967296;
      }
      case 'srand': {
        const prev = this.prevSeed;
        this.prevSeed = args.length ? (await n(0)) : 0;
        this.randState = this.prevSeed >>> 0;
        return prev;
      }
      case 'tolower':
        return (await s(0)).toLowerCase();
      case 'toupper':
        return (await s(0)).toUpperCase();
      case 'close':
        return this.io.close(await s(0));
      case 'system':
        return this.io.system(await s(0));
      case 'fflush':
        return 0;
      default:
        throw new AwkRuntimeError(`function ${name} never defined`);
    }
  }

  /** C-style sprintf with awk conversions (%c of a number is that character). */
  sprintf(fmt: string, vals: Val[]): string {
    let out = '';
    let k = 0;
    const nextVal = (): Val => {
      if (k < vals.length) return vals[k++];
      if (this.opts.flavour === 'gnu') throw new PrintfShort(out, `not enough arguments passed to printf("${fmt}")`);
      return UNINIT;
    };
    const enc = new TextEncoder();
    const dec = new TextDecoder();
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i];
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([a-zA-Z%])?/.exec(fmt.slice(i));
      if (!m || m[5] === undefined) {
        out += fmt.slice(i);
        break;
      }
      i += m[0].length - 1;
      let flags = m[1];
      let width: number | null = m[2] === undefined ? null : m[2] === '*' ? Math.trunc(this.num(nextVal())) : Number(m[2]);
      if (width !== null && width < 0) {
        flags += '-';
        width = -width;
      }
      let prec: number | null = m[3] === undefined ? null : m[3] === '*' ? Math.trunc(this.num(nextVal())) : m[3] === '' ? 0 : Number(m[3]);
      if (prec !== null && prec < 0) prec = null;
      const conv = m[5];
      const pad = (body: string, numeric: boolean, f = flags): string => dec.decode(padField(enc.encode(body), width, f, numeric));
      switch (conv) {
        case '%':
          out += '%';
          break;
        case 's': {
          let v = this.outStrForFormat(nextVal());
          if (prec !== null) v = [...v].slice(0, prec).join('');
          out += padChars(v, width, flags);
          break;
        }
        case 'c': {
          const v = nextVal();
          const isNum = typeof v === 'number';
          const ch = isNum ? String.fromCodePoint(Math.trunc(v as number) & 0x1fffff) : [...this.str(v)][0] ?? '\0';
          out += padChars(ch, width, flags);
          break;
        }
        case 'd':
        case 'i':
        case 'o':
        case 'x':
        case 'X':
        case 'u': {
          const x = this.num(nextVal());
          let big: bigint;
          if (!Number.isFinite(x)) big = x > 0 ? 2n ** 63n - 1n : -(2n ** 63n);
          else big = BigInt(Math.trunc(x));
          if (this.opts.flavour === 'gnu' && (conv === 'd' || conv === 'i')) {
            // mawk formats %d through a C int.
            if (big > 2147483647n) big = 2147483647n;
            if (big < -2147483647n) big = -2147483647n;
          }
          out += pad(formatInt(big, conv, flags, prec), true, prec !== null ? flags.replace(/0/g, '') : flags);
          break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
          out += pad(formatFloat(this.num(nextVal()), conv, flags, prec), true);
          break;
        default:
          out += m[0];
      }
    }
    return out;
  }
  private outStrForFormat(v: Val): string {
    return typeof v === 'number' ? this.numToStr(v, 'CONVFMT') : this.str(v);
  }

  // ---------- statements ----------
  async execList(body: Stmt[]): Promise<void> {
    for (const st of body) await this.exec(st);
  }

  async exec(s: Stmt): Promise<void> {
    this.io.tick();
    switch (s.t) {
      case 'expr':
        await this.eval(s.e);
        return;
      case 'print':
      case 'printf':
        return this.execPrint(s);
      case 'if':
        if (this.bool(await this.eval(s.c))) await this.exec(s.then);
        else if (s.else) await this.exec(s.else);
        return;
      case 'block':
        return this.execList(s.body);
      case 'while':
        while (this.bool(await this.eval(s.c))) {
          if (await this.body(s.body)) break;
        }
        return;
      case 'do':
        do {
          if (await this.body(s.body)) break;
        } while (this.bool(await this.eval(s.c)));
        return;
      case 'for':
        if (s.init) await this.exec(s.init);
        while (!s.c || this.bool(await this.eval(s.c))) {
          if (await this.body(s.body)) break;
          if (s.step) await this.exec(s.step);
        }
        return;
      case 'forin': {
        const arr = this.array(s.arr);
        for (const k of [...arr.keys()]) {
          if (!arr.has(k)) continue;
          await this.assignTo({ t: 'var', name: s.v }, strnum(k));
          if (await this.body(s.body)) break;
        }
        return;
      }
      case 'next':
        throw new Next();
      case 'nextfile':
        throw new NextFile();
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'exit': {
        const code = s.e ? Math.trunc(this.num(await this.eval(s.e))) & 255 : this.exitCode;
        throw new Exit(code);
      }
      case 'return':
        throw new Return(s.e ? await this.eval(s.e) : UNINIT);
      case 'delete':
        if (s.subs === null) this.array(s.name).clear();
        else this.array(s.name).delete(await this.subscript(s.subs));
        return;
    }
  }

  /** Run a loop body; true when it asked to break. */
  private async body(b: Stmt): Promise<boolean> {
    try {
      await this.exec(b);
    } catch (e) {
      if (e instanceof Break) return true;
      if (!(e instanceof Continue)) throw e;
    }
    return false;
  }

  private async execPrint(s: Extract<Stmt, { t: 'print' | 'printf' }>): Promise<void> {
    const vals: Val[] = [];
    for (const a of s.args) vals.push(await this.eval(a));
    let text: string | undefined;
    if (s.t === 'print') {
      text = (vals.length === 0 ? this.record : vals.map((v) => this.outStr(v)).join(this.str(this.getVar('OFS')))) + this.str(this.getVar('ORS'));
    }
    const r = s.redirect ? { kind: s.redirect.kind, target: this.str(await this.eval(s.redirect.e)) } : null;
    if (s.t === 'printf') {
      try {
        text = this.sprintf(this.str(vals[0]), vals.slice(1));
      } catch (e) {
        if (e instanceof PrintfShort) await this.io.write(e.partial, r);
        throw e;
      }
    }
    await this.io.write(text ?? '', r);
  }

  private async getline(e: Extract<Expr, { t: 'getline' }>): Promise<Val> {
    let line: string | null | undefined;
    if (e.cmd) line = await this.io.cmdLine(this.str(await this.eval(e.cmd)));
    else if (e.file) line = await this.io.readLine(this.str(await this.eval(e.file)));
    else {
      if (!this.src) return 0;
      line = await this.src.next();
      if (line !== null) {
        this.setVar('NR', this.num(this.getVar('NR')) + 1);
        this.setVar('FNR', this.num(this.getVar('FNR')) + 1);
      }
    }
    if (line === undefined) return -1;
    if (line === null) return 0;
    if (e.target) await this.assignTo(e.target, strnum(line));
    else {
      this.setRecord(line);
      if (e.cmd || e.file) this.setVar('NR', this.num(this.getVar('NR')) + 1);
    }
    return 1;
  }

  // ---------- program ----------
  private async runRules(rules: Rule[]): Promise<void> {
    for (const r of rules) {
      if (r.action) await this.execList(r.action);
    }
  }

  private async matches(r: Rule): Promise<boolean> {
    if (!r.pattern) return true;
    if (!r.pattern2) return this.bool(await this.eval(r.pattern));
    if (r.inRange) {
      if (this.bool(await this.eval(r.pattern2))) r.inRange = false;
      return true;
    }
    if (this.bool(await this.eval(r.pattern))) {
      r.inRange = !this.bool(await this.eval(r.pattern2));
      return true;
    }
    return false;
  }

  /** BEGIN, the main loop over `src` (skipped when there are only BEGIN rules), END. */
  async run(src: RecordSource, hasMain: () => boolean): Promise<number> {
    this.src = src;
    const begins = this.prog.rules.filter((r) => r.kind === 'begin');
    const mains = this.prog.rules.filter((r) => r.kind === 'main');
    const ends = this.prog.rules.filter((r) => r.kind === 'end');
    try {
      try {
        await this.runRules(begins);
      } catch (e) {
        if (e instanceof Next || e instanceof NextFile) throw new AwkRuntimeError('improper use of next');
        throw e;
      }
      if (mains.length || ends.length || hasMain()) {
        for (;;) {
          const line = await src.next();
          if (line === null) break;
          this.setVar('NR', this.num(this.getVar('NR')) + 1);
          this.setVar('FNR', this.num(this.getVar('FNR')) + 1);
          this.setRecord(line);
          try {
            for (const r of mains) {
              if (!(await this.matches(r))) continue;
              if (r.action) await this.execList(r.action);
              else await this.io.write(this.record + this.str(this.getVar('ORS')), null);
            }
          } catch (e) {
            if (e instanceof Next) continue;
            if (e instanceof NextFile) {
              (src as { skipFile?: () => void }).skipFile?.();
              continue;
            }
            throw e;
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      this.exitCode = e.code;
    }
    // END rules run after exit in BEGIN/main too, unless exit is called inside END.
    try {
      await this.runRules(ends);
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      this.exitCode = e.code;
    }
    return this.exitCode;
  }
}

const utf8 = new TextEncoder();
function byteLen(s: string): number {
  return utf8.encode(s).length;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function padChars(s: string, width: number | null, flags: string): string {
  const len = [...s].length;
  if (width === null || len >= width) return s;
  return flags.includes('-') ? s + ' '.repeat(width - len) : ' '.repeat(width - len) + s;
}

/** sub/gsub: `&` is the match, `\&` a literal ampersand, `\\` a backslash. */
function substitute(text: string, re: RegExp, repl: string, global: boolean, flavour: 'gnu' | 'busybox'): { out: string; count: number } {
  void flavour;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let out = '';
  let pos = 0;
  let count = 0;
  let prevEnd = -1;
  for (;;) {
    const m = g.exec(text);
    if (!m) break;
    if (m[0] === '' && m.index === prevEnd) {
      g.lastIndex = m.index + 1;
      if (m.index >= text.length) break;
      continue;
    }
    count++;
    out += text.slice(pos, m.index);
    for (let i = 0; i < repl.length; i++) {
      const c = repl[i];
      if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) {
        out += repl[++i];
      } else if (c === '&') out += m[0];
      else out += c;
    }
    pos = m.index + m[0].length;
    prevEnd = pos;
    if (!global) break;
    if (m[0] === '') {
      if (m.index >= text.length) break;
      out += text[m.index];
      pos = m.index + 1;
      g.lastIndex = m.index + 1;
    }
  }
  return { out: out + text.slice(pos), count };
}
