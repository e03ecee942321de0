/**
 * awk tokens. A `/` starts a regex literal where an operand is expected, and is division after an
 * operand, as the awk grammar says. Newlines are tokens: the parser decides where they end a
 * statement and where they are ignored.
 */

export type TokKind = 'num' | 'str' | 'regex' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token {
  kind: TokKind;
  value: string;
  num?: number;
  line: number;
}

export class AwkSyntaxError extends Error {
  readonly line: number;
  readonly near: string;
  constructor(line: number, near: string, message = 'syntax error') {
    super(message);
    this.line = line;
    this.near = near;
  }
}

const KEYWORDS = new Set([
  'BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile',
  'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf',
]);

export const BUILTINS = new Set([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'sin', 'cos', 'atan2', 'exp', 'log',
  'sqrt', 'int', 'rand', 'srand', 'tolower', 'toupper', 'system', 'close', 'fflush',
]);

const OPS = [
  '**=', '+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '=',
];

/** Process a string literal's escapes (also used for -v assignments). */
export function unescapeAwk(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (d in named) out += named[d];
    else if (/[0-7]/.test(d)) {
      let v = 0;
      let k = 0;
      i--;
      while (k < 3 && /[0-7]/.test(s[i + 1] ?? '')) {
        v = v * 8 + Number(s[++i]);
        k++;
      }
      out += String.fromCharCode(v);
    } else out += '\\' + d;
  }
  return out;
}

export function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  let line = 1;
  const operandEnded = (): boolean => {
    const t = toks[toks.length - 1];
    if (!t) return false;
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 'regex' || t.kind === 'name' || t.kind === 'builtin') return true;
    if (t.kind === 'kw') return t.value === 'getline';
    return t.kind === 'op' && (t.value === ')' || t.value === ']' || t.value === '$' || t.value === '++' || t.value === '--');
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') {
      i += 3;
      line++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      toks.push({ kind: 'nl', value: '\n', line });
      line++;
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let raw = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) {
          raw += src[j] + src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '\n') throw new AwkSyntaxError(line, raw, 'runaway string constant');
        raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, '"' + raw, 'runaway string constant');
      toks.push({ kind: 'str', value: unescapeAwk(raw), line });
      i = j + 1;
      continue;
    }
    if (c === '/' && !operandEnded()) {
      let j = i + 1;
      let raw = '';
      let inBracket = false;
      while (j < src.length && (src[j] !== '/' || inBracket)) {
        if (src[j] === '\n') throw new AwkSyntaxError(line, '/' + raw, 'runaway regular expression');
        if (src[j] === '\\' && j + 1 < src.length) {
          raw += src[j] + src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '[' && !inBracket) {
          inBracket = true;
          raw += src[j++];
          if (src[j] === '^') raw += src[j++];
          if (src[j] === ']') raw += src[j++];
          continue;
        }
        if (src[j] === ']' && inBracket) inBracket = false;
        raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, '/' + raw, 'runaway regular expression');
      toks.push({ kind: 'regex', value: raw, line });
      i = j + 1;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 64));
    if (num && /[\d.]/.test(c)) {
      toks.push({ kind: 'num', value: num[0], num: Number(num[0]), line });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
    if (id) {
      const w = id[0];
      i += w.length;
      if (KEYWORDS.has(w)) toks.push({ kind: 'kw', value: w === 'func' ? 'function' : w, line });
      else if (BUILTINS.has(w)) toks.push({ kind: 'builtin', value: w, line });
      else toks.push({ kind: src[i] === '(' ? 'funcname' : 'name', value: w, line });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, c);
    toks.push({ kind: 'op', value: op, line });
    i += op.length;
  }
  toks.push({ kind: 'eof', value: '', line });
  return toks;
}
