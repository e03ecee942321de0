/**
 * File-name quoting as GNU coreutils does it through gnulib's quotearg, written from its documented
 * behaviour and checked against coreutils 9.1 (`ls --quoting-style=shell-escape`, `rm` messages):
 *
 * - `shell-escape` (ls on a terminal): names that a shell would misread are put in single quotes
 *   ('a b', 'a$b'), names with a single quote and nothing else special in double quotes ("it's"),
 *   control characters as $'\n' segments ('nl'$'\n''x'); plain names stay bare.
 * - `shell-escape-always` (quoteaf, most error messages): the same, but always quoted ('x').
 * - `locale` (quote(), e.g. mkdir's "cannot create directory ‘a’"): ‘a’ in a UTF-8 locale, 'a' in C.
 *
 * In the C locale non-ASCII bytes are not printable, so they are escaped as octal ($'\303\251').
 */

export type QuotingStyle = 'literal' | 'shell-escape' | 'shell-escape-always' | 'locale';

const C_ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

/** Characters a shell treats specially anywhere in a word. */
const SHELL_SPECIAL = new Set([...' !"$&()*;<=>[\\^`|\'?']);
/** Characters that are also fine inside double quotes (no $ ` " \ !). */
const DQ_COMPATIBLE = /^[A-Za-z0-9%+,\-./:@\]_ ']$/;

/** True when the locale's character set is UTF-8 (LC_ALL, then LC_CTYPE, then LANG). */
export function isUtf8Locale(env: Record<string, string>): boolean {
  const v = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(v);
}

function isPrintable(ch: string, utf8: boolean): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x20 || c === 0x7f) return false;
  if (c < 0x80) return true;
  if (!utf8) return false;
  // C1 controls and lone surrogates (undecodable bytes) are not printable.
  return !(c >= 0x80 && c < 0xa0) && !(c >= 0xd800 && c < 0xe000) && c !== 0xfffd;
}

function octalBytes(ch: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(ch)) out += '\\' + b.toString(8).padStart(3, '0');
  return out;
}

function escapeOf(ch: string): string {
  const c = ch.codePointAt(0)!;
  const named = C_ESCAPES[c];
  return named !== undefined ? '\\' + named : octalBytes(ch);
}

/** Whether a name needs quotes in shell-escape style. */
function needsShellQuoting(name: string, utf8: boolean): boolean {
  if (name === '') return true;
  const chars = [...name];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (!isPrintable(ch, utf8)) return true;
    if (SHELL_SPECIAL.has(ch)) return true;
    if ((ch === '#' || ch === '~') && i === 0) return true;
    if ((ch === '{' || ch === '}') && chars.length === 1) return true;
  }
  return false;
}

/** A name in quotes: "..." when it only has a single quote to hide, else '...' with $'..' escapes. */
function shellQuoted(name: string, utf8: boolean): string {
  const chars = [...name];
  const hasSingle = chars.includes("'");
  const allDq = chars.every((ch, i) => {
    if (DQ_COMPATIBLE.test(ch)) return true;
    if ((ch === '#' || ch === '~') && i === 0) return true;
    if ((ch === '{' || ch === '}') && chars.length === 1) return true;
    return ch.codePointAt(0)! >= 0x80 && isPrintable(ch, utf8);
  });
  if (hasSingle && allDq) return `"${name}"`;
  let out = "'";
  let inEscape = false;
  for (const ch of chars) {
    if (!isPrintable(ch, utf8)) {
      if (!inEscape) out += "'$'";
      inEscape = true;
      out += escapeOf(ch);
      continue;
    }
    if (inEscape) {
      out += "''";
      inEscape = false;
    }
    out += ch === "'" ? "'\\''" : ch;
  }
  return out + "'";
}

/** GNU `quote()`: locale quotes with C-style escapes for control characters. */
function localeQuoted(name: string, utf8: boolean): string {
  const [l, r] = utf8 ? ['\u2018', '\u2019'] : ["'", "'"];
  let out = '';
  for (const ch of name) {
    if (!isPrintable(ch, utf8)) out += escapeOf(ch);
    else if (ch === '\\') out += '\\\\';
    else out += ch;
  }
  return l + out + r;
}

export function quoteName(name: string, style: QuotingStyle, utf8: boolean): string {
  switch (style) {
    case 'literal':
      return name;
    case 'locale':
      return localeQuoted(name, utf8);
    case 'shell-escape':
      return needsShellQuoting(name, utf8) ? shellQuoted(name, utf8) : name;
    case 'shell-escape-always':
      return shellQuoted(name, utf8);
  }
}

/** ls's column alignment: shell-escape names that start with a quote get no extra leading space. */
export function startsWithQuote(quoted: string): boolean {
  return quoted.startsWith("'") || quoted.startsWith('"');
}
