/**
 * Tokens for the parser: words (already split into quoted/unquoted/expansion parts), operators,
 * I/O numbers and newlines. Here-document bodies are read when the newline after their operator
 * is reached, as POSIX says. Command substitutions `$(...)` are parsed by the parser through a
 * hook, so `$(case x in a) ...; esac)` finds its real closing parenthesis.
 */
import type { Redirect, Script, Word, WordPart, ParamOp } from './ast.ts';
import { Incomplete, ShellSyntaxError } from './syntax-error.ts';
import type { Dialect } from './dialect.ts';

export type Token =
  | { kind: 'word'; word: Word; line: number; start: number; end: number }
  | { kind: 'op'; op: string; line: number; start: number }
  | { kind: 'io'; fd: number; line: number; start: number }
  | { kind: 'newline'; line: number; start: number }
  | { kind: 'eof'; line: number; start: number };

export interface LexerHooks {
  /** Parse `$(` ... `)` from the lexer's current position; consumes the closing `)`. */
  parseCmdSub(): Script;
  /** Parse a separate text (the inside of backquotes) as a script. */
  parseText(text: string, line: number): Script;
  /** A lexer over a separate text (here-document body, arithmetic) with its own parser for `$(`. */
  subLexer(text: string, line: number): Lexer;
}

export interface HeredocWarning {
  /** Line where the input ended. */
  line: number;
  /** Line of the `<<` operator. */
  startLine: number;
  delimiter: string;
}

const OPERATORS = [
  ';;&', '&>>', '<<<', '<<-',
  '&&', '||', ';;', ';&', '|&', '<<', '>>', '<&', '>&', '<>', '>|', '&>',
  ';', '&', '|', '(', ')', '<', '>',
];

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

export function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}
export function isNameChar(c: string | undefined): boolean {
  return isNameStart(c) || (c !== undefined && c >= '0' && c <= '9');
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Collects word parts, merging adjacent plain text. */
class Parts {
  parts: WordPart[] = [];
  lit = '';
  cmdsub = false;
  addLit(s: string): void {
    this.lit += s;
  }
  flush(): void {
    if (this.lit !== '') {
      this.parts.push({ type: 'lit', text: this.lit });
      this.lit = '';
    }
  }
  add(p: WordPart): void {
    this.flush();
    if (p.type === 'cmdsub') this.cmdsub = true;
    this.parts.push(p);
  }
  done(): WordPart[] {
    this.flush();
    return this.parts;
  }
}

type Context = 'word' | 'dq' | 'heredoc' | 'arith' | 'brace' | 'bracepat' | 'regex';

export interface PendingHeredoc {
  redir: Redirect;
  delimiter: string;
  strip: boolean;
  quoted: boolean;
  line: number;
}

export class Lexer {
  readonly src: string;
  pos = 0;
  line = 1;
  private readonly hooks: LexerHooks;
  /** Here-documents whose bodies start after the next newline. */
  readonly pending: PendingHeredoc[] = [];
  /** In scripts a missing delimiter ends the body at end of file with a warning (bash). */
  heredocEofOk = false;
  readonly warnings: HeredocWarning[] = [];

  /** ash and dash lack `;&`, `;;&`, `<<<`, `|&`, and the bash-only `${x^^}` forms. */
  readonly almquist: boolean;
  /** dash lacks those and `&>`, `$'...'`, `${x:1:2}`, `${x/a/b}` too. */
  readonly dash: boolean;

  constructor(src: string, hooks: LexerHooks, startLine = 1, dialect: Dialect = 'bash') {
    this.src = src;
    this.hooks = hooks;
    this.line = startLine;
    this.almquist = dialect !== 'bash';
    this.dash = dialect === 'dash';
  }

  /** The source line containing `line` (for bash's echo of the offending line). */
  sourceLine(line: number, firstLine = 1): string {
    const lines = this.src.split('\n');
    return lines[line - firstLine] ?? '';
  }

  syntaxError(token: string, word: boolean, line = this.line): ShellSyntaxError {
    return new ShellSyntaxError({ kind: 'token', token, word }, line, this.sourceLine(line));
  }

  /** A backslash-newline at the very end of interactive input asks for another line. */
  private continuedAtEnd(): void {
    if (this.pos >= this.src.length && !this.heredocEofOk) throw new Incomplete({ kind: 'eof' });
  }

  /** Skip blanks, comments and backslash-newlines between tokens. */
  private skipBlank(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
        this.continuedAtEnd();
      } else if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  next(): Token {
    this.skipBlank();
    const s = this.src;
    const start = this.pos;
    const line = this.line;
    if (this.pos >= s.length) {
      if (this.pending.length > 0) this.readHeredocs();
      return { kind: 'eof', line, start };
    }
    const c = s[this.pos];
    if (c === '\n') {
      this.pos++;
      this.line++;
      if (this.pending.length > 0) this.readHeredocs();
      return { kind: 'newline', line, start };
    }
    if (META.has(c)) {
      for (const op of OPERATORS) {
        if (this.almquist && (op === ';&' || op === ';;&' || op === '<<<' || op === '|&')) continue;
        if (this.dash && (op === '&>' || op === '&>>')) continue;
        if (s.startsWith(op, this.pos)) {
          this.pos += op.length;
          return { kind: 'op', op, line, start };
        }
      }
    }
    // An all-digit word right before `<` or `>` is a descriptor number (`2>file`).
    if (isDigit(c)) {
      let e = this.pos;
      while (isDigit(s[e])) e++;
      if ((s[e] === '<' || s[e] === '>') && e - this.pos < 10) {
        const fd = Number(s.slice(this.pos, e));
        this.pos = e;
        return { kind: 'io', fd, line, start };
      }
    }
    const parts = this.readParts('word');
    const raw = s.slice(start, this.pos);
    return { kind: 'word', word: { parts: parts.done(), raw, hasCmdSub: parts.cmdsub }, line, start, end: this.pos };
  }

  /**
   * Read word parts in a context. 'word' stops at a metacharacter; 'dq' at the closing quote
   * (consumed); 'brace' at `}` (not consumed); 'bracepat' at `}` or `/`; 'heredoc' and 'arith'
   * run to the end of the source (they are used on a separate lexer over the extracted text).
   */
  readParts(ctx: Context): Parts {
    const s = this.src;
    const out = new Parts();
    const startLine = this.line;
    for (;;) {
      if (this.pos >= s.length) {
        if (ctx === 'dq') throw new Incomplete({ kind: 'quote', quote: '"', line: startLine });
        if (ctx === 'brace' || ctx === 'bracepat') throw new Incomplete({ kind: 'brace', line: startLine });
        return out;
      }
      const c = s[this.pos];
      if (ctx === 'word' && META.has(c)) return out;
      if ((ctx === 'brace' || ctx === 'bracepat') && c === '}') return out;
      if (ctx === 'bracepat' && c === '/') return out;
      if (c === '\\') {
        const n = s[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          this.line++;
          if (ctx === 'word') this.continuedAtEnd();
          continue;
        }
        if (n === undefined) {
          out.addLit('\\');
          this.pos++;
          continue;
        }
        if (ctx === 'word' || ctx === 'brace' || ctx === 'bracepat' || ctx === 'regex') {
          out.add({ type: 'quoted', text: n });
          this.pos += 2;
          continue;
        }
        // Inside double quotes (and here-documents, arithmetic) only these characters are escapable.
        const escapable = ctx === 'dq' ? '$`"\\' : '$`\\';
        if (escapable.includes(n)) {
          out.add({ type: 'quoted', text: n });
          this.pos += 2;
        } else {
          out.addLit('\\');
          this.pos++;
        }
        continue;
      }
      if (c === "'" && (ctx === 'word' || ctx === 'brace' || ctx === 'bracepat' || ctx === 'regex')) {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) throw new Incomplete({ kind: 'quote', quote: "'", line: this.line });
        const text = s.slice(this.pos + 1, end);
        this.countLines(text);
        out.add({ type: 'quoted', text });
        this.pos = end + 1;
        continue;
      }
      if (c === '"' && ctx === 'dq') {
        this.pos++;
        return out;
      }
      if (c === '"' && ctx !== 'heredoc') {
        this.pos++;
        const inner = this.readParts('dq');
        if (inner.cmdsub) out.cmdsub = true;
        const dq: WordPart = { type: 'dq', parts: inner.done() };
        out.flush();
        out.parts.push(dq);
        continue;
      }
      if (c === '`') {
        const p = this.readBackquote(ctx === 'dq');
        out.add(p);
        continue;
      }
      if (c === '$') {
        const p = this.readDollar(ctx);
        if (p === null) {
          out.addLit('$');
          this.pos++;
        } else {
          if (p.type === 'dq' || p.type === 'param' || p.type === 'arith') {
            if (wordPartsHaveCmdSub([p])) out.cmdsub = true;
          }
          out.add(p);
        }
        continue;
      }
      if (c === '\n') this.line++;
      out.addLit(c);
      this.pos++;
    }
  }

  private countLines(text: string): void {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.line++;
  }

  private readBackquote(inDq: boolean): WordPart {
    const s = this.src;
    const startLine = this.line;
    let i = this.pos + 1;
    let text = '';
    for (;;) {
      if (i >= s.length) throw new Incomplete({ kind: 'quote', quote: '`', line: startLine });
      const c = s[i];
      if (c === '`') break;
      if (c === '\\') {
        const n = s[i + 1];
        if (n === '$' || n === '`' || n === '\\' || (inDq && n === '"')) {
          text += n;
          i += 2;
          continue;
        }
        if (n === '\n') {
          i += 2;
          this.line++;
          continue;
        }
      }
      if (c === '\n') this.line++;
      text += c;
      i++;
    }
    this.pos = i + 1;
    const body = this.hooks.parseText(text, startLine);
    return { type: 'cmdsub', body, backquote: true };
  }

  /** `$...` at this.pos; null when the dollar sign is literal. */
  private readDollar(ctx: Context): WordPart | null {
    const s = this.src;
    const n = s[this.pos + 1];
    if (n === '{') return this.readBraceParam(ctx === 'dq' || ctx === 'heredoc');
    if (n === '(') {
      if (s[this.pos + 2] === '(') {
        const arith = this.tryArith();
        if (arith) return arith;
      }
      this.pos += 2;
      const body = this.hooks.parseCmdSub();
      return { type: 'cmdsub', body, backquote: false };
    }
    if (n === "'" && ctx !== 'dq' && ctx !== 'heredoc' && ctx !== 'arith' && !this.dash) return this.readAnsiC();
    if (n === '"' && ctx !== 'dq' && ctx !== 'heredoc' && !this.dash) {
      // $"..." is a translatable string; without a message catalogue it is a plain "...".
      this.pos += 2;
      const inner = this.readParts('dq');
      return { type: 'dq', parts: inner.done() };
    }
    if (isNameStart(n)) {
      let e = this.pos + 2;
      while (isNameChar(s[e])) e++;
      const name = s.slice(this.pos + 1, e);
      this.pos = e;
      return { type: 'param', name, op: '', short: true };
    }
    if (isDigit(n) || (n !== undefined && SPECIAL_PARAMS.has(n))) {
      this.pos += 2;
      return { type: 'param', name: n, op: '', short: true };
    }
    return null;
  }

  /**
   * From `from` (just inside `((`), the index of the `))` that closes it; null when a `)` at depth
   * zero is not followed by another (then it was `( (...) ...)`). Throws Incomplete at the end.
   */
  scanArith(from: number): number | null {
    const s = this.src;
    let depth = 0;
    for (let i = from; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === "'" || c === '"') {
        const e = s.indexOf(c, i + 1);
        if (e < 0) break;
        i = e;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (s[i + 1] === ')') return i;
        else return null;
      }
    }
    throw new Incomplete({ kind: 'arith', line: this.line });
  }

  /** Arithmetic text `from`..`end` as word parts (expanded like double-quoted text). */
  arithParts(from: number, end: number): { parts: WordPart[]; text: string } {
    const text = this.src.slice(from, end);
    const sub = this.hooks.subLexer(text, this.line);
    const parts = sub.readParts('arith').done();
    this.countLines(text);
    return { parts, text };
  }

  /** `$((expr))` if the parentheses close as `))`; otherwise null (it is `$( (cmd) )`). */
  private tryArith(): WordPart | null {
    const end = this.scanArith(this.pos + 3);
    if (end === null) return null;
    const { parts, text } = this.arithParts(this.pos + 3, end);
    this.pos = end + 2;
    return { type: 'arith', expr: parts, text };
  }

  /**
   * The right side of `=~` in `[[ ]]`: bash reads it up to a blank at parenthesis depth zero, so
   * `^(a|b)$` needs no quoting.
   */
  readRegexWord(): Word | null {
    this.skipBlank();
    const s = this.src;
    const start = this.pos;
    let depth = 0;
    let i = start;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === "'" || c === '"') {
        const e = s.indexOf(c, i + 1);
        if (e < 0) throw new Incomplete({ kind: 'quote', quote: c, line: this.line });
        i = e;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ' ' || c === '\t' || c === '\n')) break;
    }
    if (i === start) return null;
    const raw = s.slice(start, i);
    const sub = this.hooks.subLexer(raw, this.line);
    const parts = sub.readParts('regex');
    this.pos = i;
    return { parts: parts.done(), raw, hasCmdSub: parts.cmdsub };
  }

  private readAnsiC(): WordPart {
    const s = this.src;
    let i = this.pos + 2;
    let text = '';
    for (;;) {
      if (i >= s.length) throw new Incomplete({ kind: 'quote', quote: "'", line: this.line });
      const c = s[i];
      if (c === "'") break;
      if (c === '\n') this.line++;
      if (c !== '\\') {
        text += c;
        i++;
        continue;
      }
      const n = s[i + 1];
      i += 2;
      switch (n) {
        case 'n': text += '\n'; break;
        case 't': text += '\t'; break;
        case 'r': text += '\r'; break;
        case 'a': text += '\x07'; break;
        case 'b': text += '\b'; break;
        case 'e': case 'E': text += '\x1b'; break;
        case 'f': text += '\f'; break;
        case 'v': text += '\v'; break;
        case '\\': text += '\\'; break;
        case "'": text += "'"; break;
        case '"': text += '"'; break;
        case '?': text += '?'; break;
        case 'x': {
          let h = '';
          while (h.length < 2 && /[0-9a-fA-F]/.test(s[i] ?? '')) h += s[i++];
          text += h ? String.fromCharCode(parseInt(h, 16)) : '\\x';
          break;
        }
        case 'u': case 'U': {
          let h = '';
          const max = n === 'u' ? 4 : 8;
          while (h.length < max && /[0-9a-fA-F]/.test(s[i] ?? '')) h += s[i++];
          const cp = h ? parseInt(h, 16) : NaN;
          text += h && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\\' + n + h;
          break;
        }
        case 'c': {
          const ch = s[i++] ?? '';
          text += String.fromCharCode(ch.charCodeAt(0) & 0x1f);
          break;
        }
        default:
          if (n !== undefined && n >= '0' && n <= '7') {
            let o = n;
            while (o.length < 3 && s[i] >= '0' && s[i] <= '7') o += s[i++];
            text += String.fromCharCode(parseInt(o, 8) & 0xff);
          } else if (n === undefined) {
            throw new Incomplete({ kind: 'quote', quote: "'", line: this.line });
          } else text += '\\' + n;
      }
    }
    this.pos = i + 1;
    return { type: 'quoted', text };
  }

  /** `${...}` at this.pos; `quoted` inside double quotes (a `~` in its word stays as it is). */
  private readBraceParam(quoted: boolean): WordPart {
    const s = this.src;
    const start = this.pos;
    const startLine = this.line;
    let i = this.pos + 2;
    let op: ParamOp = '';
    let name = '';
    let indirect = false;
    // ${#} is the count; ${#name} the length of name.
    if (s[i] === '#' && s[i + 1] !== '}' && s[i + 1] !== undefined && (isNameChar(s[i + 1]) || SPECIAL_PARAMS.has(s[i + 1]))) {
      op = 'len';
      i++;
    } else if (s[i] === '!' && !this.almquist && (isNameStart(s[i + 1]) || isDigit(s[i + 1]))) {
      indirect = true;
      i++;
    }
    if (isNameStart(s[i])) {
      const b = i;
      while (isNameChar(s[i])) i++;
      name = s.slice(b, i);
    } else if (isDigit(s[i])) {
      const b = i;
      while (isDigit(s[i])) i++;
      name = s.slice(b, i);
    } else if (s[i] !== undefined && SPECIAL_PARAMS.has(s[i])) {
      name = s[i];
      i++;
    }
    if (name === '') return this.badSubst(start, startLine);
    // bash arrays: ${a[i]}, ${a[@]}, ${a[*]}
    let index: WordPart[] | undefined;
    let all: '@' | '*' | undefined;
    if (s[i] === '[' && !this.almquist && isNameStart(name[0])) {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === '[') depth++;
        else if (s[j] === ']' && --depth === 0) break;
      }
      if (j >= s.length) throw new Incomplete({ kind: 'brace', line: startLine });
      const sub = s.slice(i + 1, j);
      if (sub === '@' || sub === '*') all = sub;
      else index = this.hooks.subLexer(sub, this.line).readParts('arith').done();
      i = j + 1;
    }
    const base = { type: 'param' as const, name, ...(index ? { index } : {}), ...(all ? { all } : {}), ...(indirect ? { indirect } : {}) };
    if (op === 'len') {
      if (s[i] !== '}') return this.badSubst(start, startLine);
      this.pos = i + 1;
      return { ...base, op };
    }
    const c = s[i];
    if (c === '}') {
      this.pos = i + 1;
      return { ...base, op: '' };
    }
    if (c === undefined) throw new Incomplete({ kind: 'brace', line: startLine });
    const two = s.slice(i, i + 2);
    // dash knows only the POSIX forms; the rest fail when expanded.
    if (this.dash && !['-', '=', '?', '+', '#', '%'].includes(c) && ![':-', ':=', ':?', ':+'].includes(two)) return this.badSubst(start, startLine);
    const argCtx: Context = 'brace';
    if ([':-', ':=', ':?', ':+'].includes(two)) {
      op = two as ParamOp;
      i += 2;
    } else if ('-=?+'.includes(c)) {
      op = c as ParamOp;
      i += 1;
    } else if (this.almquist && (c === '^' || c === ',' || c === '~')) {
      return this.badSubst(start, startLine);
    } else if (two === '##' || two === '%%' || two === '^^' || two === ',,' || two === '~~') {
      op = two as ParamOp;
      i += 2;
    } else if ('#%^,~'.includes(c)) {
      op = c as ParamOp;
      i += 1;
    } else if (c === '/') {
      const n = s[i + 1];
      if (n === '/' || n === '#' || n === '%') {
        op = ('/' + n) as ParamOp;
        i += 2;
      } else {
        op = '/';
        i += 1;
      }
      this.pos = i;
      const pat = this.readParts('bracepat');
      let rep: WordPart[] = [];
      if (s[this.pos] === '/') {
        this.pos++;
        rep = this.readParts(argCtx).done();
      }
      this.pos++; // '}'
      return { ...base, op, arg: pat.done(), arg2: rep };
    } else if (c === ':') {
      op = 'substr';
      this.pos = i + 1;
      const off = this.readUntilColonOrBrace();
      let len: WordPart[] | undefined;
      if (s[this.pos] === ':') {
        this.pos++;
        len = this.readUntilColonOrBrace();
      }
      this.pos++;
      return { ...base, op, arg: off, arg2: len };
    } else {
      return this.badSubst(start, startLine);
    }
    this.pos = i;
    const arg = this.readParts(argCtx).done();
    this.pos++; // '}'
    // `${x:-~/d}` unquoted: the word starts a word of its own, so a tilde there expands.
    const tilde = !quoted && ['-', ':-', '+', ':+', '=', ':=', '?', ':?'].includes(op);
    return { ...base, op, arg: tilde ? tildePrefix(arg) : arg };
  }

  private readUntilColonOrBrace(): WordPart[] {
    const s = this.src;
    const b = this.pos;
    let depth = 0;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if ((c === ':' && depth === 0) || c === '}') break;
      this.pos++;
    }
    if (this.pos >= s.length) throw new Incomplete({ kind: 'brace', line: this.line });
    const text = s.slice(b, this.pos);
    const sub = this.hooks.subLexer(text, this.line);
    return sub.readParts('arith').done();
  }

  /** Skip to the matching `}` and return a part that fails when expanded, as bash does. */
  private badSubst(start: number, startLine: number): WordPart {
    const s = this.src;
    let i = start + 2;
    let depth = 1;
    for (; i < s.length; i++) {
      if (s[i] === '{') depth++;
      else if (s[i] === '}' && --depth === 0) break;
    }
    if (i >= s.length) throw new Incomplete({ kind: 'brace', line: startLine });
    this.pos = i + 1;
    // ash rejects it while parsing; bash and dash only when the word is expanded.
    if (this.almquist && !this.dash) throw new ShellSyntaxError({ kind: 'badsubst' }, startLine, this.sourceLine(startLine));
    return { type: 'badsubst', text: s.slice(start, i + 1) };
  }

  /** Read the bodies of pending here-documents, starting at this.pos (just after a newline). */
  private readHeredocs(): void {
    const s = this.src;
    const list = this.pending.splice(0);
    for (const h of list) {
      let body = '';
      let found = false;
      while (this.pos < s.length) {
        let e = s.indexOf('\n', this.pos);
        const hasNl = e >= 0;
        if (!hasNl) e = s.length;
        let text = s.slice(this.pos, e);
        this.pos = hasNl ? e + 1 : e;
        this.line++;
        if (h.strip) text = text.replace(/^\t+/, '');
        if (text === h.delimiter) {
          found = true;
          break;
        }
        // dash keeps a last line without its newline as it is.
        body += text + (hasNl || !this.dash ? '\n' : '');
      }
      if (!found) {
        if (!this.heredocEofOk) throw new Incomplete({ kind: 'heredoc', delimiter: h.delimiter, line: h.line });
        this.warnings.push({ line: Math.max(this.line - 1, h.line), startLine: h.line, delimiter: h.delimiter });
      }
      if (h.quoted) {
        h.redir.heredoc = { body: [{ type: 'quoted', text: body }], quoted: true, hasCmdSub: false };
      } else {
        const sub = this.hooks.subLexer(body, h.line + 1);
        const parts = sub.readParts('heredoc');
        h.redir.heredoc = { body: parts.done(), quoted: false, hasCmdSub: parts.cmdsub };
      }
    }
  }
}

const USER_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$|^$/;

/** A tilde prefix at the start of unquoted word parts: `~`, `~/x`, `~user/x` become a tilde part. */
export function tildePrefix(parts: WordPart[]): WordPart[] {
  const p0 = parts[0];
  if (!p0 || p0.type !== 'lit' || p0.text[0] !== '~') return parts;
  const slash = p0.text.indexOf('/');
  if (slash < 0 && parts.length > 1) return parts;
  const user = slash < 0 ? p0.text.slice(1) : p0.text.slice(1, slash);
  if (!USER_RE.test(user)) return parts;
  const rest = slash < 0 ? '' : p0.text.slice(slash);
  const out: WordPart[] = [{ type: 'tilde', user }];
  if (rest) out.push({ type: 'lit', text: rest });
  out.push(...parts.slice(1));
  return out;
}

export function wordPartsHaveCmdSub(parts: readonly WordPart[]): boolean {
  for (const p of parts) {
    if (p.type === 'cmdsub') return true;
    if (p.type === 'dq' && wordPartsHaveCmdSub(p.parts)) return true;
    if (p.type === 'arith' && wordPartsHaveCmdSub(p.expr)) return true;
    if (p.type === 'param' && ((p.arg && wordPartsHaveCmdSub(p.arg)) || (p.arg2 && wordPartsHaveCmdSub(p.arg2)))) return true;
  }
  return false;
}
