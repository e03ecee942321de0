/**
 * Go's `strconv.Quote` (the `%q` verb of fmt), used wherever docker/cli prints a quoted value:
 * pflag's `invalid argument %q`, `Ellipsis` in `docker ps`, template `printf "%q"`.
 *
 * Go keeps a rune verbatim when `unicode.IsPrint` says so (letters, marks, numbers, punctuation,
 * symbols and the ASCII space), escapes `"` and `\`, uses the short C escapes for \a \b \f \n \r \t
 * \v, and otherwise `\xNN` (below 0x80 and for invalid UTF-8), `\uNNNN` or `\UNNNNNNNN`.
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Escape one code point as Go's appendEscapedRune does (without the ASCII-only option). */
function escapeRune(ch: string, cp: number, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (PRINTABLE.test(ch)) return ch;
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  // A lone surrogate is not valid UTF-8: Go sees the replacement bytes and prints U+FFFD.
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** `strconv.Quote(s)`: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, ch.codePointAt(0) ?? 0, '"');
  return out + '"';
}

/** `strconv.QuoteRune(r)`: pflag's `unknown shorthand flag: %q` uses it for the letter. */
export function goQuoteRune(ch: string): string {
  return "'" + escapeRune(ch, ch.codePointAt(0) ?? 0, "'") + "'";
}

/**
 * The private `quote` of Go's time package (used in ParseDuration errors): printable ASCII is kept
 * (with `"` and `\` escaped), every other byte of the UTF-8 encoding becomes `\xNN`.
 */
export function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += '\\x' + hex(b, 2);
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}
