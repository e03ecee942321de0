/**
 * Dockerfile word lexer and variable expansion, following BuildKit's shell/lex.go (v0.25.2):
 * `$x`, `${x}`, `${x:-w}` `${x-w}` `${x:+w}` `${x+w}` `${x:?msg}` `${x?msg}`, `${x#p}` `${x##p}`
 * `${x%p}` `${x%%p}`, `${x/p/r}` `${x//p/r}`, single and double quotes, the escape token.
 * It is not a POSIX shell: no command substitution, no globbing, no arithmetic.
 *
 * Errors are thrown as LexError with BuildKit's text, wrapped the way BuildKit wraps them:
 * `failed to process "<word>": <reason>`.
 */
import { goQuote } from '../../cli/go/quote.ts';
import { isGoSpace } from './ast.ts';

export class LexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexError';
  }
}

export interface EnvGetter {
  get(name: string): string | undefined;
}

/** An EnvGetter over `KEY=value` strings (later entries win, as in BuildKit's EnvsFromSlice). */
export function envsFromList(env: readonly string[]): EnvGetter {
  const map = new Map<string, string>();
  for (const e of env) {
    const i = e.indexOf('=');
    if (i < 0) map.set(e, '');
    else map.set(e.slice(0, i), e.slice(i + 1));
  }
  return { get: (name) => map.get(name) };
}

export const emptyEnv: EnvGetter = { get: () => undefined };

export interface ProcessResult {
  result: string;
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
}

const EOF = -1;

/** Words being split after expansion: the shared buffer mirrors BuildKit's `wordsStruct`. */
class Words {
  buf: { s: string };
  words: string[] = [];
  inWord = false;
  constructor(buf: { s: string }) {
    this.buf = buf;
  }
  addChar(ch: string): void {
    if (isGoSpace(ch) && this.inWord) {
      if (this.buf.s.length !== 0) {
        this.words.push(this.buf.s);
        this.buf.s = '';
        this.inWord = false;
      }
    } else if (!isGoSpace(ch)) {
      this.addRawChar(ch);
    }
  }
  addRawChar(ch: string): void {
    this.buf.s += ch;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  addRawString(s: string): void {
    this.buf.s += s;
    this.inWord = true;
  }
  getWords(): string[] {
    if (this.buf.s.length > 0) {
      this.words.push(this.buf.s);
      this.buf.s = '';
      this.inWord = false;
    }
    return this.words;
  }
}

export class Lex {
  readonly escapeToken: string;
  rawQuotes = false;
  rawEscapes = false;
  skipProcessQuotes = false;
  skipUnsetEnv = false;

  constructor(escapeToken = '\\') {
    this.escapeToken = escapeToken;
  }

  /** Expand one word, keeping spaces (BuildKit's ProcessWord). Throws LexError. */
  processWord(word: string, env: EnvGetter): string {
    return this.process(word, env).result;
  }

  /** Expand and split into words after expansion (BuildKit's ProcessWords). Throws LexError. */
  processWords(word: string, env: EnvGetter): string[] {
    return this.process(word, env).words;
  }

  /** Expansion plus the variable names that were found and not found. Throws LexError. */
  process(word: string, env: EnvGetter): ProcessResult {
    const sw = new ShellWord(this, word, env);
    try {
      const [result, words] = sw.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: sw.matches, unmatched: sw.nonmatches };
    } catch (e) {
      if (e instanceof LexError) throw new LexError(`failed to process ${goQuote(word)}: ${e.message}`);
      // Thousands of nested ${a:-${b:-…}} exhaust the JavaScript stack (Go's grows): report it
      // as a lexer error rather than crash the caller. No BuildKit text exists for this.
      if (e instanceof RangeError) throw new LexError(`failed to process ${goQuote(word)}: expression nested too deeply`);
      throw e;
    }
  }
}

class ShellWord {
  private readonly lex: Lex;
  private readonly chars: string[];
  private pos = 0;
  private readonly envs: EnvGetter;
  private rawEscapes: boolean;
  /** BuildKit shares one words buffer between nested calls; kept shared on purpose. */
  private readonly wordsBuffer = { s: '' };
  readonly matches = new Set<string>();
  readonly nonmatches = new Set<string>();

  constructor(lex: Lex, word: string, envs: EnvGetter) {
    this.lex = lex;
    this.chars = Array.from(word);
    this.envs = envs;
    this.rawEscapes = lex.rawEscapes;
  }

  private peek(): string | typeof EOF {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }

  private next(): string | typeof EOF {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  processStopOn(stopChar: string | typeof EOF, rawEscapes: boolean): [string, string[]] {
    let result = '';
    this.wordsBuffer.s = '';
    const words = new Words(this.wordsBuffer);
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek() as string;
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return [result, words.getWords()];
        }
        const special = this.special(ch);
        if (special !== null) {
          const tmp = special();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRawString(tmp);
          continue;
        }
        let c = this.next() as string;
        if (c === this.lex.escapeToken) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += c;
          }
          const n = this.next();
          if (n === EOF) break;
          c = n;
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += c;
      }
      if (stopChar !== EOF) {
        throw new LexError(`unexpected end of statement while looking for matching ${stopChar}`);
      }
      return [result, words.getWords()];
    } finally {
      this.rawEscapes = saved;
    }
  }

  private special(ch: string): (() => string) | null {
    if (ch === '$') return () => this.processDollar();
    if (ch === '<') return () => this.processPossibleHeredoc();
    if (!this.lex.skipProcessQuotes) {
      if (ch === "'") return () => this.processSingleQuote();
      if (ch === '"') return () => this.processDoubleQuote();
    }
    return null;
  }

  private processSingleQuote(): string {
    let result = '';
    let ch = this.next();
    if (this.lex.rawQuotes) result += ch;
    for (;;) {
      ch = this.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.lex.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.lex.rawQuotes) result += open;
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        const ch = this.next();
        if (this.lex.rawQuotes) result += ch;
        return result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next() as string;
      if (ch === this.lex.escapeToken) {
        if (this.rawEscapes) result += ch;
        const q = this.peek();
        if (q === EOF) continue; // a trailing escape is dropped; the loop then reports the missing quote
        if (q === '"' || q === '$' || q === this.lex.escapeToken) ch = this.next() as string;
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.lex.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '\ufffd' : ch;
    let nullIsUnset = false;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.lex.skipUnsetEnv) return '${' + name + '}';
      return value ?? '';
    }
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '\ufffd' : ch;
    }
    if (nullIsUnset || ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      return this.modifier(name, ch, chs, nullIsUnset);
    }
    if (ch === '/') return this.substitute(name);
    return this.unsupported(chs);
  }

  private unsupported(chs: string): never {
    throw new LexError(`unsupported modifier (${chs}) in substitution`);
  }

  private modifier(name: string, ch: string | typeof EOF, chs: string, nullIsUnset: boolean): string {
    const rawEscapes = ch === '#' || ch === '%';
    if (nullIsUnset && rawEscapes) this.unsupported(chs);
    let word: string;
    try {
      [word] = this.processStopOn('}', rawEscapes);
    } catch (e) {
      if (e instanceof LexError && this.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    const set = value !== undefined;
    if (this.lex.skipUnsetEnv && !set) return '${' + name + chs + word + '}';
    const v = value ?? '';
    switch (ch) {
      case '-':
        return !set || (nullIsUnset && v === '') ? word : v;
      case '+':
        return !set || (nullIsUnset && v === '') ? '' : word;
      case '?':
        if (!set) throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && v === '') throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return v;
      case '%':
      case '#': {
        let greedy = false;
        if (word.length > 0 && word[0] === ch) {
          greedy = true;
          word = word.slice(1);
        }
        return ch === '%' ? trimSuffix(word, v, greedy) : trimPrefix(word, v, greedy);
      }
      default:
        return this.unsupported(chs);
    }
  }

  private substitute(name: string): string {
    const replaceAll = this.peek() === '/';
    if (replaceAll) this.next();
    let pattern: string;
    try {
      [pattern] = this.processStopOn('/', true);
    } catch (e) {
      if (e instanceof LexError && this.peek() === EOF) throw new LexError("syntax error: missing '/' in ${}");
      throw e;
    }
    let replacement: string;
    try {
      [replacement] = this.processStopOn('}', true);
    } catch (e) {
      if (e instanceof LexError && this.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (value === undefined && this.lex.skipUnsetEnv) return '${' + name + '/' + pattern + '/' + replacement + '}';
    const v = value ?? '';
    const re = patternRegex(pattern, true, false, true);
    if (replaceAll) return v.replace(re, () => replacement);
    re.lastIndex = 0;
    const m = re.exec(v);
    if (m === null) return v;
    return v.slice(0, m.index) + replacement + v.slice(m.index + m[0].length);
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek() as string;
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek() as string)) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next() as string;
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let space = '';
    for (let p = this.peek(); p === '\t' || p === '\r' || p === ' '; p = this.peek()) space += this.next();
    return '<<' + space;
  }

  private getEnv(name: string): string | undefined {
    const v = this.envs.get(name);
    if (v !== undefined) this.matches.add(name);
    else this.nonmatches.add(name);
    return v;
  }
}

function isDigit(ch: string): boolean {
  return /^\p{Nd}$/u.test(ch);
}

function isLetter(ch: string): boolean {
  return /^\p{L}$/u.test(ch);
}

function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch);
}

/**
 * A shell pattern (`?`, `*`, `\` escapes; no brackets) as a RegExp, as BuildKit's
 * convertShellPatternToRegex. Errors are BuildKit's `invalid pattern (p) in substitution: …`.
 */
function patternRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  // Go's `.` does not match a newline (and only a newline), unlike JavaScript's.
  const star = greedy ? '[^\\n]*' : '[^\\n]*?';
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i];
    if (tok === '*') {
      out += star;
      continue;
    }
    if (tok === '?') {
      out += '[^\\n]';
      continue;
    }
    if (tok === '\\') {
      const p = chars[i + 1];
      if (p === '}' || p === '/') continue;
      out += '\\';
      i++;
      tok = chars[i] ?? '\ufffd';
      if (tok !== '*' && tok !== '?' && tok !== '\\') {
        throw new LexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${tok}'`);
      }
    } else if ('[]{}.+()|^$'.includes(tok)) {
      out += '\\';
    }
    out += tok;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = patternRegex(pattern, greedy, true).exec(value);
  return m === null ? value : value.slice(m[0].length);
}

/** Reverse a pattern keeping `\x` escapes in order (`a\*c` becomes `c\*a`). */
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last;) {
    const tok = runes[i];
    const o = last - i;
    if (tok === '\\' && i !== last) {
      out[o - 1] = tok;
      out[o] = runes[i + 1];
      i += 2;
    } else {
      out[o] = tok;
      i++;
    }
  }
  return out.join('');
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join('');
}

/** `%`/`%%`: shortest/longest suffix, done as a prefix match on the reversed strings. */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}
