/**
 * Shell pattern matching (`*`, `?`, `[...]`), shared by globbing, `case`, `[[ == ]]` and
 * `${x#pattern}`. A pattern string uses backslash to mark a character that came from quoted text
 * (the expander escapes those), so `"*"` matches only a star.
 */

const cache = new Map<string, RegExp>();

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
  word: 'a-zA-Z0-9_',
};

function reEscape(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c;
}

/** Whether the pattern has an unescaped `*`, `?` or `[`. */
export function hasGlobChars(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracket(p, i) !== null) return true;
  }
  return false;
}

/** Cheap test on unescaped text: could it be a pattern? (`[` needs a later `]`.) */
export function mayGlob(t: string): boolean {
  if (t.includes('*') || t.includes('?')) return true;
  const b = t.indexOf('[');
  return b >= 0 && t.indexOf(']', b + 2) > 0;
}

/** Remove the backslashes that mark quoted characters. */
export function unescapePattern(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\' && i + 1 < p.length) i++;
    out += p[i];
  }
  return out;
}

/** Backslash-escape characters that are special in patterns. */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, (c) => '\\' + c);
}

/** The regular-expression source for a pattern (no anchors). */
export function patternSource(p: string): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      re += i < p.length ? reEscape(p[i]) : '\\\\';
    } else if (c === '*') {
      re += '[^]*';
    } else if (c === '?') {
      re += '[^]';
    } else if (c === '[') {
      const r = bracket(p, i);
      if (r === null) re += '\\[';
      else {
        re += r.re;
        i = r.end;
      }
    } else re += reEscape(c);
  }
  return re;
}

/** A `[...]` expression starting at i; null when it is not closed (then `[` is literal). */
function bracket(p: string, i: number): { re: string; end: number } | null {
  let j = i + 1;
  let neg = false;
  if (p[j] === '!' || p[j] === '^') {
    neg = true;
    j++;
  }
  let body = '';
  let first = true;
  for (; j < p.length; j++) {
    const c = p[j];
    if (c === ']' && !first) return { re: (neg ? '[^' : '[') + body + ']', end: j };
    first = false;
    if (c === '[' && p[j + 1] === ':') {
      const close = p.indexOf(':]', j + 2);
      if (close > 0) {
        const cls = CLASSES[p.slice(j + 2, close)];
        if (cls !== undefined) {
          body += cls;
          j = close + 1;
          continue;
        }
      }
    }
    if (c === '\\' && j + 1 < p.length) {
      j++;
      body += '\\' + p[j];
      continue;
    }
    if (c === '-' && body !== '' && p[j + 1] !== ']' && j + 1 < p.length) {
      body += '-';
      continue;
    }
    body += c === ']' || c === '\\' || c === '^' || c === '-' || c === '[' ? '\\' + c : c;
  }
  return null;
}

export function patternRegex(p: string): RegExp {
  let r = cache.get(p);
  if (r === undefined) {
    try {
      r = new RegExp('^' + patternSource(p) + '$');
    } catch {
      r = new RegExp('^' + reEscapeAll(unescapePattern(p)) + '$');
    }
    if (cache.size > 1000) cache.clear();
    cache.set(p, r);
  }
  return r;
}

function reEscapeAll(s: string): string {
  let o = '';
  for (const c of s) o += reEscape(c);
  return o;
}

export function matchPattern(p: string, s: string): boolean {
  if (!hasGlobChars(p)) return unescapePattern(p) === s;
  return patternRegex(p).test(s);
}

/**
 * `${x#p}` `${x##p}` `${x%p}` `${x%%p}`: remove the shortest/longest prefix/suffix matching.
 */
export function removeAffix(value: string, p: string, op: '#' | '##' | '%' | '%%'): string {
  const re = patternRegex(p);
  const chars = Array.from(value);
  const n = chars.length;
  if (op === '#') {
    for (let i = 0; i <= n; i++) if (re.test(chars.slice(0, i).join(''))) return chars.slice(i).join('');
  } else if (op === '##') {
    for (let i = n; i >= 0; i--) if (re.test(chars.slice(0, i).join(''))) return chars.slice(i).join('');
  } else if (op === '%') {
    for (let i = n; i >= 0; i--) if (re.test(chars.slice(i).join(''))) return chars.slice(0, i).join('');
  } else {
    for (let i = 0; i <= n; i++) if (re.test(chars.slice(i).join(''))) return chars.slice(0, i).join('');
  }
  return value;
}

/** `${x/p/r}` and friends. */
export function replacePattern(value: string, p: string, rep: string, mode: '/' | '//' | '/#' | '/%'): string {
  const src = patternSource(p);
  if (src === '') return mode === '/#' ? rep + value : mode === '/%' ? value + rep : value;
  if (mode === '/#') {
    const m = new RegExp('^(?:' + src + ')');
    return longest(value, m, true, rep);
  }
  if (mode === '/%') {
    return longest(value, new RegExp('(?:' + src + ')$'), false, rep);
  }
  // Longest match at the leftmost position, as glob `*` is greedy.
  const re = new RegExp(src, mode === '//' ? 'g' : '');
  return value.replace(re, () => rep);
}

function longest(value: string, re: RegExp, prefix: boolean, rep: string): string {
  const chars = Array.from(value);
  if (prefix) {
    const anchored = new RegExp(re.source + '$');
    for (let i = chars.length; i >= 0; i--) {
      if (anchored.test(chars.slice(0, i).join(''))) return rep + chars.slice(i).join('');
    }
  } else {
    const anchored = new RegExp('^' + re.source);
    for (let i = 0; i <= chars.length; i++) {
      if (anchored.test(chars.slice(i).join(''))) return chars.slice(0, i).join('') + rep;
    }
  }
  return value;
}
