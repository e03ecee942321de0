/**
 * `env -S STRING` splitting, after the coreutils manual: blanks separate words; '...' is literal
 * (only \\ and \' are escapes); "..." allows escapes and ${VAR}; outside quotes \_ is a separator,
 * \c ends the string, # at the start of a word begins a comment; ${VAR} expands, a bare $ is an
 * error. Returns the words, or the error message env prints.
 */

const ESCAPES: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '#': '#', $: '$', '"': '"', "'": "'", '\\': '\\' };

export function splitString(s: string, env: Record<string, string>): string[] | string {
  const words: string[] = [];
  let cur: string | null = null;
  let quote: '' | "'" | '"' = '';
  const add = (t: string) => (cur = (cur ?? '') + t);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      else if (c === '\\' && (s[i + 1] === '\\' || s[i + 1] === "'")) add(s[++i]);
      else add(c);
      continue;
    }
    if (c === '\\') {
      const n = s[i + 1];
      if (n === undefined) return 'invalid backslash at end of string in -S';
      i++;
      if (n === 'c') {
        if (quote) return "'\\c' must not appear in double-quoted -S string";
        break;
      }
      if (n === '_') {
        if (quote) add(' ');
        else if (cur !== null) {
          words.push(cur);
          cur = null;
        }
        continue;
      }
      const e = ESCAPES[n];
      if (e === undefined) return `invalid sequence '\\${n}' in -S`;
      add(e);
      continue;
    }
    if (c === '$') {
      const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(s.slice(i));
      if (!m) return `only \${VARNAME} expansion is supported, error at: ${s.slice(i)}`;
      add(env[m[1]] ?? '');
      i += m[0].length - 1;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = '';
      else add(c);
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      add('');
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r') {
      if (cur !== null) words.push(cur);
      cur = null;
      continue;
    }
    if (c === '#' && cur === null) break;
    add(c);
  }
  if (quote) return 'no terminating quote in -S string';
  if (cur !== null) words.push(cur);
  return words;
}
