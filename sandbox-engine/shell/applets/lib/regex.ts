/**
 * POSIX regular expressions (BRE and ERE, with the GNU extensions grep and sed accept) translated
 * to JavaScript RegExp source with the `u` flag. Shared by grep, sed and awk.
 *
 * Handled: BRE `\( \) \{m,n\} \+ \? \|`, ERE `( ) {m,n} + ? |`, back-references, bracket
 * expressions with `]` first, ranges and `[:class:]` names, anchors that are literal where POSIX
 * says so (`a^b`, `a$b` in BRE), a leading `*` as a literal, stacked quantifiers (`a**`), GNU
 * `\w \W \s \S \b \B \< \> \` \'`.
 * Not handled: POSIX leftmost-longest alternation (JS takes the first alternative that matches),
 * equivalence classes `[=a=]` and collating symbols beyond single characters.
 *
 * Example: translateRegex('\\(ab\\)*c', { extended: false }).source === '(ab)*c'
 */

export interface RegexOptions {
  extended: boolean;
  /** sed: `\n` and `\t` stand for newline and tab. */
  sedEscapes?: boolean;
  /** awk: `\/` `\"` and C escapes (\n \t \\ ...) inside the regex. */
  awkEscapes?: boolean;
}

/** A syntax error with glibc's regerror() text, e.g. `Unmatched ( or \(`. */
export class RegexSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegexSyntaxError';
  }
}

const CLASS: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '0-9',
  alnum: '\\p{L}\\p{Nd}',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: '\\x20-\\x7e\\u00a0-\\u{10ffff}',
  graph: '\\x21-\\x7e\\u00a1-\\u{10ffff}',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

function escClassChar(c: string): string {
  return /[\\\]\[^\-]/.test(c) ? '\\' + c : c;
}

function escLiteral(c: string): string {
  return /[\^$\\.*+?()[\]{}|\/]/.test(c) ? '\\' + c : c;
}

/** Parse a bracket expression starting at `[`; returns JS class text and the index after `]`. */
function bracket(p: string, i: number): { text: string; end: number } {
  let j = i + 1;
  let neg = false;
  if (p[j] === '^') {
    neg = true;
    j++;
  }
  const items: string[] = [];
  let first = true;
  let prev: string | null = null; // last single char, for ranges
  const bodyStart = j;
  for (;;) {
    if (j >= p.length) {
      // glibc words an empty unterminated bracket differently from one with content.
      throw new RegexSyntaxError(j === bodyStart ? 'Invalid regular expression' : 'Unmatched [, [^, [:, [., or [=');
    }
    const c = p[j];
    if (c === ']' && !first) {
      j++;
      break;
    }
    first = false;
    if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '=' || p[j + 1] === '.')) {
      const kind = p[j + 1];
      const close = p.indexOf(kind + ']', j + 2);
      if (close < 0) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(j + 2, close);
      j = close + 2;
      if (kind === ':') {
        const cls = CLASS[name];
        if (cls === undefined) throw new RegexSyntaxError('Invalid character class name');
        items.push(cls);
        prev = null;
      } else {
        items.push(escClassChar(name));
        prev = name;
      }
      continue;
    }
    if (c === '-' && prev !== null && p[j + 1] !== undefined && p[j + 1] !== ']') {
      // A range prev-hi
      let hi = p[j + 1];
      let adv = 2;
      if (hi === '[' && p[j + 2] === '.') {
        const close = p.indexOf('.]', j + 3);
        if (close < 0) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
        hi = p.slice(j + 3, close);
        adv = close + 2 - j;
      }
      if (hi.codePointAt(0)! < prev.codePointAt(0)!) throw new RegexSyntaxError('Invalid range end');
      items.push('-' + escClassChar(hi));
      j += adv;
      prev = null;
      continue;
    }
    const ch = String.fromCodePoint(p.codePointAt(j)!);
    items.push(escClassChar(ch));
    prev = ch;
    j += ch.length;
  }
  const body = items.join('');
  return { text: neg ? `[^${body}]` : `[${body}]`, end: j };
}

export interface Translated {
  source: string;
  /** Number of capturing groups. */
  groups: number;
  /** GNU grep 3.8's ERE warnings, e.g. `* at start of expression`. */
  warnings: string[];
}

export function translateRegex(p: string, opts: RegexOptions): Translated {
  const ere = opts.extended;
  let out = '';
  let groups = 0;
  const warnings: string[] = [];
  const open: number[] = []; // group numbers still open
  // Where the last atom began in `out`, for quantifiers; -1 when there is none (start, after `(` or `|`).
  let atomStart = -1;
  let lastWasQuant = false;
  const pushAtom = (s: string): void => {
    atomStart = out.length;
    out += s;
    lastWasQuant = false;
  };
  const quant = (q: string): void => {
    if (atomStart < 0) {
      // Nothing to repeat: POSIX takes the character literally.
      pushAtom(escLiteral(q[0]) + q.slice(1).replace(/[{}]/g, (m) => '\\' + m));
      return;
    }
    if (lastWasQuant) out = out.slice(0, atomStart) + '(?:' + out.slice(atomStart) + ')';
    out += q;
    lastWasQuant = true;
  };
  const atStartOfBranch = (): boolean => atomStart < 0;
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) throw new RegexSyntaxError('Trailing backslash');
      const d = p[i + 1];
      i += 2;
      if (!ere && d === '(') {
        groups++;
        open.push(groups);
        out += '(';
        atomStart = -1;
        lastWasQuant = false;
      } else if (!ere && d === ')') {
        if (!open.length) throw new RegexSyntaxError('Unmatched ) or \\)');
        const start = findGroupStart(out);
        open.pop();
        out += ')';
        atomStart = start;
        lastWasQuant = false;
      } else if (!ere && d === '|') {
        out += '|';
        atomStart = -1;
        lastWasQuant = false;
      } else if (!ere && (d === '+' || d === '?')) quant(d);
      else if (!ere && d === '{') {
        const m = /^(\d*)(,?)(\d*)\\\}/.exec(p.slice(i));
        if (!m || (m[1] === '' && m[2] === '' )) throw new RegexSyntaxError(m ? 'Invalid content of \\{\\}' : 'Unmatched \\{');
        i += m[0].length;
        quant(interval(m));
      } else if (/[1-9]/.test(d)) {
        if (Number(d) > groups) throw new RegexSyntaxError('Invalid back reference');
        pushAtom('\\' + d);
      } else if (d === 'w' || d === 'W' || d === 's' || d === 'S') pushAtom('\\' + d);
      else if (d === 'b' || d === 'B') {
        out += '\\' + d;
      } else if (d === '<') out += '\\b(?=\\w)';
      else if (d === '>') out += '\\b(?<=\\w)';
      else if (d === '`') out += '^';
      else if (d === "'") out += '$';
      else if ((opts.sedEscapes || opts.awkEscapes) && d === 'n') pushAtom('\\n');
      else if ((opts.sedEscapes || opts.awkEscapes) && d === 't') pushAtom('\\t');
      else if (opts.awkEscapes && /[rfvab]/.test(d)) pushAtom({ r: '\\r', f: '\\f', v: '\\v', a: '\\x07', b: '\\x08' }[d]!);
      else pushAtom(escLiteral(d));
      continue;
    }
    if (ere && c === '(') {
      groups++;
      open.push(groups);
      out += '(';
      atomStart = -1;
      lastWasQuant = false;
      i++;
      continue;
    }
    if (ere && c === ')') {
      if (!open.length) {
        // An unmatched ) is literal in ERE (GNU).
        pushAtom('\\)');
        i++;
        continue;
      }
      const start = findGroupStart(out);
      open.pop();
      out += ')';
      atomStart = start;
      lastWasQuant = false;
      i++;
      continue;
    }
    if (ere && c === '|') {
      out += '|';
      atomStart = -1;
      lastWasQuant = false;
      i++;
      continue;
    }
    if (c === '*' || (ere && (c === '+' || c === '?'))) {
      i++;
      if (atStartOfBranch()) {
        if (ere) warnings.push(`${c} at start of expression`);
        pushAtom('\\' + c);
      } else quant(c);
      continue;
    }
    if (ere && c === '{') {
      const m = /^(\d*)(,?)(\d*)\}/.exec(p.slice(i + 1));
      if (m && !(m[1] === '' && m[2] === '') && !atStartOfBranch()) {
        i += 1 + m[0].length;
        quant(interval(m));
      } else {
        if (m && atStartOfBranch()) warnings.push('{...} at start of expression');
        pushAtom('\\{');
        i++;
      }
      continue;
    }
    if (c === '^') {
      // BRE: an anchor only first in the pattern or a group/branch; ERE: always.
      if (ere || atomStart < 0 && endsWithBranchStart(out)) out += '^';
      else pushAtom('\\^');
      i++;
      continue;
    }
    if (c === '$') {
      const rest = p.slice(i + 1);
      if (ere || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) out += '$';
      else pushAtom('\\$');
      i++;
      continue;
    }
    if (c === '[') {
      const b = bracket(p, i);
      pushAtom(b.text);
      i = b.end;
      continue;
    }
    if (c === '.') {
      pushAtom('.');
      i++;
      continue;
    }
    if (opts.awkEscapes && c === '/') {
      pushAtom('\\/');
      i++;
      continue;
    }
    const ch = String.fromCodePoint(p.codePointAt(i)!);
    pushAtom(escLiteral(ch));
    i += ch.length;
  }
  if (open.length) throw new RegexSyntaxError('Unmatched ( or \\(');
  return { source: out, groups, warnings };
}

function interval(m: RegExpExecArray): string {
  const lo = m[1] === '' ? '0' : m[1];
  if (m[3] !== '' && Number(m[3]) < Number(lo)) throw new RegexSyntaxError('Invalid content of \\{\\}');
  if (Number(lo) > 32767 || Number(m[3] || 0) > 32767) throw new RegexSyntaxError('Regular expression too big');
  return m[2] === '' ? `{${lo}}` : `{${lo},${m[3]}}`;
}

/** The position of the `(` matching the group about to be closed at the end of `out`. */
function findGroupStart(out: string): number {
  let depth = 0;
  for (let k = out.length - 1; k >= 0; k--) {
    const ch = out[k];
    if (isEscaped(out, k)) continue;
    if (inClass(out, k)) continue;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return 0;
}

function isEscaped(s: string, k: number): boolean {
  let n = 0;
  for (let j = k - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Whether position k of generated source is inside a [...] class (classes never nest there). */
function inClass(s: string, k: number): boolean {
  let inside = false;
  for (let j = 0; j < k; j++) {
    if (s[j] === '\\') {
      j++;
      continue;
    }
    if (!inside && s[j] === '[') inside = true;
    else if (inside && s[j] === ']') inside = false;
  }
  return inside;
}

function endsWithBranchStart(out: string): boolean {
  if (out === '') return true;
  const last = out[out.length - 1];
  return (last === '(' || last === '|') && !isEscaped(out, out.length - 1);
}

/** Compile to a RegExp; `flags` adds to the `u` flag (g, i, s ...). */
export function compileRegex(p: string, opts: RegexOptions, flags = ''): RegExp {
  const t = translateRegex(p, opts);
  try {
    return new RegExp(t.source, 'u' + flags);
  } catch {
    throw new RegexSyntaxError('Invalid regular expression');
  }
}
