/**
 * sed script parser: addresses, commands and their arguments into a flat list where `{` knows the
 * index of its `}`. Errors carry a kind so the applet can word them per flavour:
 * GNU `sed: -e expression #1, char 5: unterminated `s' command`, busybox `sed: unmatched '/'`.
 */
import { compileRegex, RegexSyntaxError } from '../regex.ts';

export type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp | null }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'zero' };

export type Addr2 = Addr | { kind: 'plus'; n: number } | { kind: 'mult'; n: number };

export interface Replacement {
  /** Literal text pieces and references: number = group, 'case' markers for \L \U \l \u \E. */
  parts: (string | number | { case: 'L' | 'U' | 'l' | 'u' | 'E' })[];
}

export interface Command {
  a1?: Addr;
  a2?: Addr2;
  neg: boolean;
  name: string;
  /** s: regex (null = last regex), y: source chars, a/i/c: text, b/t/T/: label, r/w: file. */
  re?: RegExp | null;
  repl?: Replacement;
  global?: boolean;
  occurrence?: number;
  print?: number;
  wfile?: string;
  text?: string;
  label?: string;
  ymap?: Map<string, string>;
  exitCode?: number;
  /** For `{`: index of the matching `}`. */
  end?: number;
  /** Range state while running. */
  active?: boolean;
  rangeEnd?: number;
}

export type SedErrorKind =
  | 'unterminated-s'
  | 'unterminated-y'
  | 'unknown-s-option'
  | 'unknown-command'
  | 'missing-command'
  | 'regex'
  | 'unmatched-brace'
  | 'unexpected-brace'
  | 'y-lengths'
  | 'expected-backslash'
  | 'multiple-g'
  | 'multiple-p'
  | 'unterminated-address'
  | 'no-label'
  | 'extra-chars'
  | 'invalid-usage-zero';

export class SedParseError extends Error {
  readonly kind: SedErrorKind;
  /** Offset in the whole script just after the error (GNU's "char N" counts from 1). */
  readonly pos: number;
  readonly detail: string;
  constructor(kind: SedErrorKind, pos: number, detail = '') {
    super(kind);
    this.kind = kind;
    this.pos = pos;
    this.detail = detail;
  }
}

export interface ParseOptions {
  extended: boolean;
  gnu: boolean;
}

export function parseScript(src: string, opts: ParseOptions): Command[] {
  const cmds: Command[] = [];
  const braces: number[] = [];
  let i = 0;
  const peek = (): string => src[i] ?? '';
  const skipWs = (): void => {
    while (i < src.length && /[ \t]/.test(src[i])) i++;
  };
  const compile = (re: string, flags: string, at: number): RegExp | null => {
    if (re === '') return null;
    try {
      return compileRegex(re, { extended: opts.extended, sedEscapes: true }, 's' + flags);
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new SedParseError('regex', at, `${e.message}\u0000${re}`);
      throw e;
    }
  };
  /** Read up to an unescaped delimiter; `\delim` becomes the delimiter itself (unless it is special). */
  const delimited = (delim: string, kind: SedErrorKind): string => {
    let out = '';
    while (i < src.length) {
      const c = src[i];
      if (c === '\\' && i + 1 < src.length) {
        const d = src[i + 1];
        if (d === delim) out += delim === '&' || delim === '.' ? '\\' + d : d;
        else if (d === '\n') out += '\\n';
        else out += c + d;
        i += 2;
        continue;
      }
      if (c === delim) {
        i++;
        return out;
      }
      if (c === '\n' && kind !== 'unterminated-address') break;
      out += c;
      i++;
    }
    throw new SedParseError(kind, i, delim);
  };
  const readAddr = (): Addr | undefined => {
    const c = peek();
    if (/\d/.test(c)) {
      let n = '';
      while (/\d/.test(peek())) n += src[i++];
      if (peek() === '~' && opts.gnu) {
        i++;
        let s = '';
        while (/\d/.test(peek())) s += src[i++];
        return { kind: 'step', first: Number(n), step: Number(s || '0') };
      }
      return Number(n) === 0 ? { kind: 'zero' } : { kind: 'line', n: Number(n) };
    }
    if (c === '$') {
      i++;
      return { kind: 'last' };
    }
    if (c === '/' || c === '\\') {
      let delim = '/';
      if (c === '\\') {
        i++;
        delim = src[i] ?? '';
      }
      i++;
      const re = delimited(delim, 'unterminated-address');
      let flags = '';
      while (peek() === 'I' || peek() === 'M') {
        if (src[i] === 'I') flags += 'i';
        else flags += 'm';
        i++;
      }
      return { kind: 're', re: compile(re, flags, i) };
    }
    return undefined;
  };
  const readLabel = (): string => {
    skipWs();
    let l = '';
    while (i < src.length && src[i] !== '\n' && src[i] !== ';') l += src[i++];
    return l.trim();
  };
  const readText = (): string => {
    // GNU: `a text` or `a\` newline `text`; backslash-newline continues the text.
    skipWs();
    if (peek() === '\\') {
      i++;
      if (peek() === '\n') i++;
      else skipWs();
    }
    let t = '';
    while (i < src.length && src[i] !== '\n') {
      if (src[i] === '\\' && i + 1 < src.length) {
        t += src[i + 1] === '\n' ? '\n' : src[i + 1];
        i += 2;
        continue;
      }
      t += src[i++];
    }
    return t;
  };
  const endOfCommand = (): void => {
    skipWs();
    if (peek() === '#' || peek() === '}') return;
    if (i < src.length && peek() !== ';' && peek() !== '\n') throw new SedParseError('extra-chars', i + 1, peek());
    if (peek() === ';' || peek() === '\n') i++;
  };

  while (i < src.length) {
    while (i < src.length && /[\s;]/.test(src[i])) i++;
    if (i >= src.length) break;
    if (peek() === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const cmd: Command = { neg: false, name: '' };
    cmd.a1 = readAddr();
    if (cmd.a1 && peek() === ',') {
      i++;
      skipWs();
      if (peek() === '+' || peek() === '~') {
        const k = src[i++];
        let n = '';
        while (/\d/.test(peek())) n += src[i++];
        cmd.a2 = { kind: k === '+' ? 'plus' : 'mult', n: Number(n || '0') };
      } else {
        cmd.a2 = readAddr();
        if (!cmd.a2) throw new SedParseError('unexpected-brace', i, 'addr');
      }
    }
    if (cmd.a1?.kind === 'zero' && !(cmd.a2 && cmd.a2.kind === 're')) throw new SedParseError('invalid-usage-zero', i);
    skipWs();
    while (peek() === '!') {
      cmd.neg = true;
      i++;
      skipWs();
    }
    if (i >= src.length) throw new SedParseError('missing-command', i);
    const name = src[i++];
    cmd.name = name;
    switch (name) {
      case '{':
        braces.push(cmds.length);
        cmds.push(cmd);
        continue;
      case '}':
        if (!braces.length) throw new SedParseError('unexpected-brace', i);
        cmds[braces.pop()!].end = cmds.length;
        cmds.push(cmd);
        endOfCommand();
        continue;
      case 's': {
        const delim = src[i++] ?? '';
        const re = delimited(delim, 'unterminated-s');
        const replRaw = delimited(delim, 'unterminated-s');
        let flags = '';
        cmd.global = false;
        cmd.print = 0;
        for (;;) {
          const f = peek();
          if (f === 'g') {
            if (cmd.global && opts.gnu) throw new SedParseError('multiple-g', i + 1);
            cmd.global = true;
          } else if (f === 'p') cmd.print! += 1;
          else if (f === 'i' || f === 'I') flags += 'i';
          else if (f === 'm' || f === 'M') flags += 'm';
          else if (f === 'e') {
            // executing the pattern space as a command is not offered
          } else if (/\d/.test(f)) {
            let n = '';
            while (/\d/.test(peek())) n += src[i++];
            cmd.occurrence = Number(n);
            continue;
          } else if (f === 'w') {
            i++;
            cmd.wfile = readLabel();
            break;
          } else break;
          i++;
        }
        cmd.re = compile(re, flags, i);
        cmd.repl = parseReplacement(replRaw, opts.gnu);
        // busybox takes `Ng` as plain `g`.
        if (!opts.gnu && cmd.global) cmd.occurrence = undefined;
        if (i < src.length && !/[\s;}#]/.test(peek())) throw new SedParseError('unknown-s-option', i + 1);
        endOfCommand();
        break;
      }
      case 'y': {
        const delim = src[i++] ?? '';
        const a = [...unescapeY(delimited(delim, 'unterminated-y'))];
        const b = [...unescapeY(delimited(delim, 'unterminated-y'))];
        if (a.length !== b.length) throw new SedParseError('y-lengths', i);
        cmd.ymap = new Map(a.map((c, k) => [c, b[k]]));
        endOfCommand();
        break;
      }
      case 'a':
      case 'i':
      case 'c': {
        skipWs();
        if (opts.gnu && (i >= src.length || peek() === '\n') && src[i - 1] !== '\\') {
          throw new SedParseError('expected-backslash', i);
        }
        cmd.text = readText();
        if (i < src.length) i++;
        break;
      }
      case ':':
        if (cmd.a1) throw new SedParseError('unknown-command', i, ':');
        cmd.label = readLabel();
        if (peek() === ';') i++;
        break;
      case 'b':
      case 't':
      case 'T':
        cmd.label = readLabel();
        if (peek() === ';') i++;
        break;
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        cmd.text = readLabel();
        if (peek() === ';') i++;
        break;
      case 'Q':
      case 'L':
      case 'q':
      case 'l': {
        if (!opts.gnu && (name === 'Q' || name === 'L')) throw new SedParseError('unknown-command', i, name);
        skipWs();
        let n = '';
        while (/\d/.test(peek())) n += src[i++];
        if (n) cmd.exitCode = Number(n);
        endOfCommand();
        break;
      }
      case '=':
      case 'd':
      case 'D':
      case 'g':
      case 'G':
      case 'h':
      case 'H':
      case 'n':
      case 'N':
      case 'p':
      case 'P':
      case 'x':
      case 'z':
      case 'F':
        endOfCommand();
        break;
      default:
        throw new SedParseError('unknown-command', i, name);
    }
    cmds.push(cmd);
  }
  if (braces.length) throw new SedParseError('unmatched-brace', 0);
  // Every jump must find its label.
  const labels = new Set(cmds.filter((c) => c.name === ':').map((c) => c.label));
  for (const c of cmds) {
    if ((c.name === 'b' || c.name === 't' || c.name === 'T') && c.label && !labels.has(c.label)) {
      throw new SedParseError('no-label', 0, c.label);
    }
  }
  return cmds;
}

function unescapeY(s: string): string {
  return s.replace(/\\(.)/gs, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\' })[c] ?? c);
}

export function parseReplacement(raw: string, gnu = true): Replacement {
  const parts: Replacement['parts'] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) parts.push(lit);
    lit = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '&') {
      flush();
      parts.push(0);
    } else if (c === '\\' && i + 1 < raw.length) {
      const d = raw[++i];
      if (/\d/.test(d)) {
        flush();
        parts.push(Number(d));
      } else if (d === 'n') lit += '\n';
      else if (d === 't') lit += '\t';
      else if (d === 'r') lit += '\r';
      else if (gnu && 'LUluE'.includes(d)) {
        flush();
        parts.push({ case: d as 'L' | 'U' | 'l' | 'u' | 'E' });
      } else lit += d;
    } else lit += c;
  }
  flush();
  return { parts };
}
