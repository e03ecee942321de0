/**
 * Word expansion, in POSIX order: tilde, parameters, command substitution and arithmetic (left to
 * right), then field splitting on IFS, pathname expansion (globbing), quote removal.
 *
 * The expander is a generator: it yields a `CmdSubRequest` when it meets `$(...)` and is resumed
 * with the captured output. A word without command substitutions therefore expands synchronously
 * (`runSync`), which keeps loops such as `while [ $i -lt 10000 ]` free of promise overhead.
 */
import type { Script, Word, WordPart, ParamPart } from './ast.ts';
import { ArithError, evaluate, type ArithEnv } from './arith.ts';
import { escapePattern, hasGlobChars, mayGlob, matchPattern, patternRegex, removeAffix, replacePattern, unescapePattern } from './pattern.ts';
import type { FileSystem } from '../vfs/types.ts';
import { braceExpand, hasBraces } from './brace.ts';

export interface CmdSubRequest {
  body: Script;
}

export type Expansion<T> = Generator<CmdSubRequest, T, string>;

/** What the expander needs from the shell. */
export interface ExpandEnv {
  /** A variable or special parameter (`?`, `#`, `$`, digits...); undefined when unset. */
  get(name: string): string | undefined;
  /** Assign a variable (`${x:=y}`, arithmetic); throws ExpansionError for read-only ones. */
  set(name: string, value: string): void;
  positional(): readonly string[];
  /** bash arrays: the elements of `name` (a scalar is element 0); undefined when unset. */
  array(name: string): Map<number, string> | undefined;
  readonly nounset: boolean;
  readonly noglob: boolean;
  /** bash brace expansion (`a{b,c}`); busybox ash and dash have none. */
  readonly braces: boolean;
  /** Another shell's `$((...))` (dash's); default bash's. May throw ExpansionError itself. */
  readonly evalArith?: (expr: string, env: ArithEnv) => bigint;
  /** dash's rules: lengths in bytes, `${#@}` the length of the joined words, `set -u` ignored in `$((...))`. */
  readonly dash?: boolean;
  /** Home directory of a user name ('' = the current user, from HOME). */
  home(user: string): string | undefined;
  /** The file system for globbing. */
  readonly fs: FileSystem;
}

export type ExpansionErrorKind =
  | 'unbound'
  | 'nullorunset'
  | 'badsubst'
  | 'arith'
  | 'positionalassign';

/** A fatal expansion error: the command is not run (and a non-interactive shell may exit). */
export class ExpansionError extends Error {
  readonly kind: ExpansionErrorKind;
  /** Parameter name, or the bad `${...}` text. */
  readonly subject: string;
  /** For `${x?msg}`: the message; for arithmetic: the ArithError. */
  readonly detail?: string;
  readonly colon: boolean;
  readonly arith?: ArithError;
  constructor(kind: ExpansionErrorKind, subject: string, opts: { detail?: string; colon?: boolean; arith?: ArithError } = {}) {
    super(kind);
    this.name = 'ExpansionError';
    this.kind = kind;
    this.subject = subject;
    this.detail = opts.detail;
    this.colon = opts.colon ?? false;
    this.arith = opts.arith;
  }
}

/** A field being built: its text, the same text as a glob pattern, and whether it exists yet. */
interface Field {
  text: string;
  pattern: string;
  glob: boolean;
}

const DEFAULT_IFS = ' \t\n';

class Builder {
  readonly fields: Field[] = [];
  private cur: Field = { text: '', pattern: '', glob: false };
  /** start: nothing yet; field: inside a field; ws: after a whitespace delimiter; nws: after another delimiter. */
  private state: 'start' | 'field' | 'ws' | 'nws' = 'start';
  private readonly split: boolean;
  private readonly ifs: string;
  constructor(split: boolean, ifs: string) {
    this.split = split;
    this.ifs = ifs;
  }

  private emit(): void {
    this.fields.push(this.cur);
    this.cur = { text: '', pattern: '', glob: false };
  }

  /** Unquoted text from the source: glob characters are active, no splitting. */
  lit(t: string): void {
    this.cur.text += t;
    this.cur.pattern += t;
    if (!this.cur.glob && mayGlob(t)) this.cur.glob = true;
    this.state = 'field';
  }

  /** Quoted text: taken literally; an empty quoted string still makes a field. */
  quoted(t: string): void {
    this.cur.text += t;
    this.cur.pattern += escapePattern(t);
    this.state = 'field';
  }

  /** Result of an unquoted expansion: split on IFS, glob characters active. */
  expanded(t: string): void {
    if (!this.split || this.ifs === '') {
      if (t !== '') this.lit(t);
      return;
    }
    const ifs = this.ifs;
    let run = '';
    const flush = () => {
      if (run !== '') {
        this.lit(run);
        run = '';
      }
    };
    for (const c of t) {
      if (!ifs.includes(c)) {
        run += c;
        continue;
      }
      flush();
      const ws = c === ' ' || c === '\t' || c === '\n';
      if (ws) {
        if (this.state === 'field') {
          this.emit();
          this.state = 'ws';
        }
      } else {
        if (this.state === 'field') this.emit();
        else if (this.state === 'start' || this.state === 'nws') this.emit();
        this.state = 'nws';
      }
    }
    flush();
  }

  /**
   * Between the words of "$@" (quoted: every word is a field, even an empty one) or of an
   * unquoted $@ (an empty word makes no field).
   */
  breakField(quoted = true): void {
    if (quoted) {
      this.emit();
      this.state = 'field';
    } else {
      if (this.state === 'field') this.emit();
      this.state = 'ws';
    }
  }

  /** Mark that a (possibly empty) field exists here, as `""` does. */
  touch(): void {
    this.state = 'field';
  }

  finish(): Field[] {
    if (this.state === 'field') this.emit();
    return this.fields;
  }

  /** Whole text as one string (no splitting contexts). */
  joined(): { text: string; pattern: string } {
    const all = [...this.fields, this.cur];
    return { text: all.map((f) => f.text).join(' '), pattern: all.map((f) => f.pattern).join(' ') };
  }
}

export class Expander {
  readonly env: ExpandEnv;
  constructor(env: ExpandEnv) {
    this.env = env;
  }

  private ifs(): string {
    const v = this.env.get('IFS');
    return v === undefined ? DEFAULT_IFS : v;
  }

  /** Words → fields (splitting and globbing): the arguments of a simple command, `for` items. */
  *words(words: readonly Word[]): Expansion<string[]> {
    const out: string[] = [];
    const ifs = this.ifs();
    let list: readonly Word[] = words;
    if (this.env.braces && words.some((w) => hasBraces(w.parts))) {
      const expanded: Word[] = [];
      for (const w of words) {
        const alts = hasBraces(w.parts) ? braceExpand(w.parts) : null;
        if (alts === null) expanded.push(w);
        else for (const parts of alts) expanded.push({ parts, raw: w.raw, hasCmdSub: w.hasCmdSub });
      }
      list = expanded;
    }
    for (const w of list) {
      // Fast path: a plain word.
      if (w.parts.length === 1 && w.parts[0].type === 'lit' && !mayGlob(w.parts[0].text)) {
        out.push(w.parts[0].text);
        continue;
      }
      // Fast path: a lone `$name` whose value needs no splitting or globbing.
      const p0 = w.parts[0];
      if (w.parts.length === 1 && p0.type === 'param' && p0.op === '' && !p0.index && !p0.all && !p0.indirect) {
        const name = p0.name;
        if (name !== '@' && name !== '*') {
          const v = this.env.get(name);
          if (v === undefined) {
            if (this.env.nounset) throw new ExpansionError('unbound', name);
            continue;
          }
          if (v !== '' && !hasAny(v, ifs) && !mayGlob(v)) {
            out.push(v);
            continue;
          }
        }
      }
      const b = new Builder(true, ifs);
      yield* this.parts(w.parts, false, b);
      for (const f of b.finish()) {
        if (f.glob && !this.env.noglob && hasGlobChars(f.pattern)) {
          const matches = glob(this.env.fs, f.pattern);
          if (matches.length > 0) {
            out.push(...matches);
            continue;
          }
        }
        out.push(f.text);
      }
    }
    return out;
  }

  /** One word to one string, no splitting or globbing: assignments, case subjects, here-documents. */
  *string(parts: readonly WordPart[]): Expansion<string> {
    if (parts.length === 1) {
      const p = parts[0];
      if (p.type === 'lit') return p.text;
      // `i=$((i+1))`: a constant expression text needs no expansion pass.
      if (p.type === 'arith' && (p.expr.length === 0 || (p.expr.length === 1 && p.expr[0].type === 'lit'))) {
        return this.arith(p.expr.length === 0 ? '' : (p.expr[0] as { text: string }).text).toString();
      }
    }
    const b = new Builder(false, '');
    yield* this.parts(parts, false, b);
    return b.joined().text;
  }

  /** One word as a pattern (case items, `${x#pat}`): quoted characters escaped. */
  *pattern(parts: readonly WordPart[]): Expansion<string> {
    const b = new Builder(false, '');
    yield* this.parts(parts, false, b);
    return b.joined().pattern;
  }

  /** A redirection target: one field; globbing applies when it matches exactly one file. */
  *redirTarget(word: Word): Expansion<string[]> {
    const b = new Builder(true, this.ifs());
    yield* this.parts(word.parts, false, b);
    const fields = b.finish();
    if (fields.length !== 1) return fields.map((f) => f.text);
    const f = fields[0];
    if (f.glob && !this.env.noglob && hasGlobChars(f.pattern)) {
      const m = glob(this.env.fs, f.pattern);
      if (m.length === 1) return m;
    }
    return [f.text];
  }

  private *parts(parts: readonly WordPart[], quoted: boolean, b: Builder): Expansion<void> {
    for (const p of parts) {
      switch (p.type) {
        case 'lit':
          if (quoted) b.quoted(p.text);
          else b.lit(p.text);
          break;
        case 'quoted':
          b.quoted(p.text);
          break;
        case 'dq':
          if (!(p.parts.length === 1 && isAtList(p.parts[0]))) b.touch();
          yield* this.parts(p.parts, true, b);
          break;
        case 'tilde': {
          const h = this.env.home(p.user);
          if (h === undefined) b.lit('~' + p.user);
          else b.quoted(h);
          break;
        }
        case 'param':
          yield* this.param(p, quoted, b);
          break;
        case 'cmdsub': {
          const out: string = yield { body: p.body };
          const text = out.replace(/\n+$/, '');
          if (quoted) b.quoted(text);
          else b.expanded(text);
          break;
        }
        case 'arith': {
          const sb = new Builder(false, '');
          yield* this.parts(p.expr, true, sb);
          const v = this.arith(sb.joined().text);
          if (quoted) b.quoted(v.toString());
          else b.expanded(v.toString());
          break;
        }
        case 'badsubst':
          throw new ExpansionError('badsubst', p.text);
      }
    }
  }

  private arithEnvCache: { get(n: string): string | undefined; set(n: string, v: string): void } | undefined;

  /** Evaluate arithmetic text; errors become ExpansionError. */
  arith(expr: string): bigint {
    // dash's arithmetic reads an unset variable as 0 even under `set -u`.
    const env = (this.arithEnvCache ??= {
      get: this.env.dash ? (n) => this.env.get(n) : (n) => this.getChecked(n),
      set: (n, val) => this.env.set(n, val),
    });
    try {
      return (this.env.evalArith ?? evaluate)(expr, env);
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError('arith', expr, { arith: e });
      throw e;
    }
  }

  private getChecked(name: string): string | undefined {
    const v = this.env.get(name);
    if (v === undefined && this.env.nounset) throw new ExpansionError('unbound', name);
    return v;
  }

  private *param(p: ParamPart, quoted: boolean, b: Builder): Expansion<void> {
    if (p.indirect && !p.all) p = this.indirectTarget(p);
    const name = p.name;
    const list = this.listOf(p);
    if (list !== null) {
      yield* this.listParam(p, list, quoted, b);
      return;
    }
    let value: string | undefined;
    if (p.index) {
      const idx = Number(this.arith(yield* this.string(p.index)));
      const arr = this.env.array(name);
      if (arr !== undefined) {
        const last = arr.size === 0 ? 0 : Math.max(...arr.keys()) + 1;
        value = arr.get(idx < 0 ? idx + last : idx);
      }
    } else value = this.env.get(name);
    const put = (s: string) => (quoted ? b.quoted(s) : b.expanded(s));
    const useArg = function* (this: Expander): Expansion<void> {
      if (p.arg) yield* this.parts(p.arg, quoted, b);
    }.bind(this);

    switch (p.op) {
      case '':
        if (value === undefined) {
          if (this.env.nounset) throw new ExpansionError('unbound', name);
          return;
        }
        put(value);
        return;
      case 'len': {
        if (value === undefined && this.env.nounset) throw new ExpansionError('unbound', name);
        // dash counts bytes (it has no multibyte support); bash and ash count characters.
        put(String(this.env.dash ? utf8Length(value ?? '') : Array.from(value ?? '').length));
        return;
      }
      case '-':
      case ':-':
        if (value === undefined || (p.op === ':-' && value === '')) yield* useArg();
        else put(value);
        return;
      case '+':
      case ':+':
        if (value === undefined || (p.op === ':+' && value === '')) return;
        yield* useArg();
        return;
      case '=':
      case ':=': {
        if (value === undefined || (p.op === ':=' && value === '')) {
          if (!/^[A-Za-z_]/.test(name)) throw new ExpansionError('positionalassign', name);
          const v = yield* this.string(p.arg ?? []);
          this.env.set(name, v);
          put(v);
        } else put(value);
        return;
      }
      case '?':
      case ':?':
        if (value === undefined || (p.op === ':?' && value === '')) {
          const msg = p.arg && p.arg.length > 0 ? yield* this.string(p.arg) : undefined;
          throw new ExpansionError('nullorunset', name, { detail: msg, colon: p.op === ':?' });
        }
        put(value);
        return;
    }
    if (value === undefined && this.env.nounset) throw new ExpansionError('unbound', name);
    const v = value ?? '';
    switch (p.op) {
      case '#':
      case '##':
      case '%':
      case '%%': {
        const pat = yield* this.pattern(p.arg ?? []);
        put(removeAffix(v, pat, p.op));
        return;
      }
      case '/':
      case '//':
      case '/#':
      case '/%': {
        const pat = yield* this.pattern(p.arg ?? []);
        const rep = yield* this.string(p.arg2 ?? []);
        put(replacePattern(v, pat, rep, p.op));
        return;
      }
      case 'substr': {
        const offText = yield* this.string(p.arg ?? []);
        const env = { get: (n: string) => this.getChecked(n), set: (n: string, val: string) => this.env.set(n, val) };
        let off: number;
        let len: number | undefined;
        try {
          off = Number(evaluate(offText, env));
          if (p.arg2 !== undefined) len = Number(evaluate(yield* this.string(p.arg2), env));
        } catch (e) {
          if (e instanceof ArithError) throw new ExpansionError('arith', offText, { arith: e });
          throw e;
        }
        const chars = Array.from(v);
        if (off < 0) off = Math.max(0, chars.length + off);
        let end = chars.length;
        if (len !== undefined) {
          if (len < 0) {
            end = chars.length + len;
            if (end < off) throw new ExpansionError('arith', String(len), { arith: new ArithError('syntax', String(len), String(len)) });
          } else end = Math.min(chars.length, off + len);
        }
        put(chars.slice(off, end).join(''));
        return;
      }
      case '^':
      case '^^':
      case ',':
      case ',,':
      case '~':
      case '~~': {
        const pat = p.arg && p.arg.length > 0 ? yield* this.pattern(p.arg) : '?';
        put(caseChange(v, p.op, pat));
        return;
      }
    }
  }

  /** `${!x}`: the parameter named by x's value (which may be `a[1]` or `a[@]`). */
  private indirectTarget(p: ParamPart): ParamPart {
    const target = this.env.get(p.name) ?? '';
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])(?:\[(.*)\])?$/.exec(target);
    if (!m) {
      if (target === '' && !this.env.nounset) return { type: 'param', name: '', op: '' };
      throw new ExpansionError('badsubst', `\${!${p.name}}`);
    }
    const q: ParamPart = { ...p, name: m[1], indirect: false };
    if (m[2] === '@' || m[2] === '*') q.all = m[2];
    else if (m[2] !== undefined) q.index = [{ type: 'lit', text: m[2] }];
    return q;
  }

  /** The words of a list parameter ($@, $*, ${a[@]}, ${!a[@]}), or null for a scalar one. */
  private listOf(p: ParamPart): string[] | null {
    if (p.all) {
      const arr = this.env.array(p.name);
      if (arr === undefined) return [];
      const keys = [...arr.keys()].sort((a, b) => a - b);
      return p.indirect ? keys.map(String) : keys.map((k) => arr.get(k)!);
    }
    if (p.name === '@' || p.name === '*') return [...this.env.positional()];
    return null;
  }

  /** Expansion of a list parameter: each word a field ("$@" style) or joined ("$*" style). */
  private *listParam(p: ParamPart, values: string[], quoted: boolean, b: Builder): Expansion<void> {
    const star = p.all === '*' || p.name === '*';
    const emit = (vs: string[]) => {
      if (quoted && star) {
        const ifs = this.env.get('IFS');
        b.quoted(vs.join(ifs === undefined ? ' ' : ifs.slice(0, 1)));
        return;
      }
      vs.forEach((v, i) => {
        if (i > 0) b.breakField(quoted);
        if (quoted) b.quoted(v);
        else b.expanded(v);
      });
    };
    const empty = values.length === 0;
    const nul = empty || values.join('') === '';
    switch (p.op) {
      case '':
        emit(values);
        return;
      case 'len':
        // dash measures the words joined: ${#@} of `a b c` is 5.
        b.expanded(String(this.env.dash && !p.all ? utf8Length(values.join(' ')) : values.length));
        return;
      case '-':
      case ':-':
      case '=':
      case ':=':
        if (empty || (p.op.startsWith(':') && nul)) {
          if (p.arg) yield* this.parts(p.arg, quoted, b);
        } else emit(values);
        return;
      case '+':
      case ':+':
        if (!(empty || (p.op === ':+' && nul)) && p.arg) yield* this.parts(p.arg, quoted, b);
        return;
      case '?':
      case ':?':
        if (empty || (p.op === ':?' && nul)) {
          const msg = p.arg && p.arg.length > 0 ? yield* this.string(p.arg) : undefined;
          throw new ExpansionError('nullorunset', p.name, { detail: msg, colon: p.op === ':?' });
        }
        emit(values);
        return;
      case '#':
      case '##':
      case '%':
      case '%%': {
        const pat = yield* this.pattern(p.arg ?? []);
        const op = p.op;
        emit(values.map((v) => removeAffix(v, pat, op)));
        return;
      }
      case '/':
      case '//':
      case '/#':
      case '/%': {
        const pat = yield* this.pattern(p.arg ?? []);
        const rep = yield* this.string(p.arg2 ?? []);
        const op = p.op;
        emit(values.map((v) => replacePattern(v, pat, rep, op)));
        return;
      }
      case 'substr': {
        // ${@:1} starts at $1 ($0 is position 0); ${a[@]:1} at the second element.
        const full = p.all ? values : [this.env.get('0') ?? '', ...values];
        let off = Number(this.arith(yield* this.string(p.arg ?? [])));
        if (off < 0) off = Math.max(0, full.length + off);
        let end = full.length;
        if (p.arg2 !== undefined) {
          const len = Number(this.arith(yield* this.string(p.arg2)));
          end = len < 0 ? full.length + len : Math.min(full.length, off + len);
        }
        emit(full.slice(off, Math.max(off, end)));
        return;
      }
      default: {
        const pat = p.arg && p.arg.length > 0 ? yield* this.pattern(p.arg) : '?';
        const op = p.op;
        emit(values.map((v) => caseChange(v, op, pat)));
      }
    }
  }
}

/** `$@`, `${a[@]}`: a quoted one with no words makes no field at all. */
function isAtList(p: WordPart): boolean {
  return p.type === 'param' && !p.indirect && (p.name === '@' || p.all === '@') && (p.op === '' || p.op === '#' || p.op === '##' || p.op === '%' || p.op === '%%' || p.op === 'substr' || p.op.startsWith('/'));
}

/** `${x^}` `${x^^}` `${x,}` `${x,,}` `${x~}` `${x~~}` (characters matching the pattern). */
function caseChange(v: string, op: string, pat: string): string {
  const all = op.length === 2;
  const chars = Array.from(v);
  for (let i = 0; i < chars.length; i++) {
    if (!all && i > 0) break;
    if (!matchPattern(pat, chars[i])) continue;
    const c = chars[i];
    if (op[0] === '^') chars[i] = c.toUpperCase();
    else if (op[0] === ',') chars[i] = c.toLowerCase();
    else chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
  }
  return chars.join('');
}

function hasAny(v: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (v.includes(chars[i])) return true;
  return false;
}

/** Run an expansion that must not need command substitution (or fail if it does). */
export function runSync<T>(gen: Expansion<T>): T {
  const r = gen.next();
  if (!r.done) throw new Error('runSync: expansion needs a command substitution');
  return r.value;
}

/**
 * Drive an expansion: synchronous until the first command substitution, then asynchronous.
 * `exec` runs a substitution body and resolves to its standard output.
 */
export function drive<T>(gen: Expansion<T>, exec: (body: Script) => Promise<string>): T | Promise<T> {
  const r = gen.next();
  if (r.done) return r.value;
  return (async () => {
    let step: IteratorResult<CmdSubRequest, T> = r;
    while (!step.done) {
      const out = await exec(step.value.body);
      step = gen.next(out);
    }
    return step.value;
  })();
}

/** Pathname expansion of a pattern; sorted matches, or [] when nothing matches. */
export function glob(fs: FileSystem, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  if (absolute) comps.shift();
  let paths: string[] = [absolute ? '/' : ''];
  for (let ci = 0; ci < comps.length; ci++) {
    const comp = comps[ci];
    const last = ci === comps.length - 1;
    const next: string[] = [];
    if (!hasGlobChars(comp)) {
      const name = unescapePattern(comp);
      for (const p of paths) next.push(joinGlob(p, name));
    } else {
      const re = patternRegex(comp);
      const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
      for (const p of paths) {
        let names: string[];
        try {
          const dir = p === '' ? '.' : p;
          if (!last && !isDir(fs, dir)) continue;
          names = fs.readdir(dir);
        } catch {
          continue;
        }
        for (const n of names) {
          if (n[0] === '.' && !dotOk) continue;
          if (re.test(n)) next.push(joinGlob(p, n));
        }
      }
    }
    paths = next;
    if (paths.length === 0) return [];
  }
  const trailingSlash = pattern.endsWith('/');
  const out = paths.filter((p) => {
    try {
      if (trailingSlash) return fs.stat(p).kind === 'dir';
      fs.lstat(p);
      return true;
    } catch {
      return false;
    }
  });
  out.sort(compareNames);
  return trailingSlash ? out.map((p) => p + '/') : out;
}

function isDir(fs: FileSystem, p: string): boolean {
  try {
    return fs.stat(p).kind === 'dir';
  } catch {
    return false;
  }
}

function joinGlob(dir: string, name: string): string {
  if (dir === '') return name;
  if (dir.endsWith('/')) return dir + name;
  return dir + '/' + name;
}

/** Byte order, as in the C and C.UTF-8 locales. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bytes of `s` in UTF-8. */
function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}
