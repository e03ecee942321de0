/**
 * Backslash escapes as echo -e, printf's format and printf %b read them. The dialects differ in
 * small ways (recorded from bash 5.2, coreutils 9.1, busybox 1.35):
 * - octal: `zero` takes \0NNN only (bash echo); `plain` takes \NNN where a leading 0 is one of the
 *   three digits (printf formats); `both` takes \0NNN and \NNN (coreutils/busybox echo, %b).
 * - \u/\U only in bash and coreutils printf; \E (escape) only in bash; \c stops all output except
 *   in bash's printf format, where it is literal.
 */

export interface EscapeRules {
  octal: 'zero' | 'plain' | 'both';
  unicode: boolean;
  /** \" \' \? are recognised (printf formats). */
  quotes: boolean;
  upperE: boolean;
  cStops: boolean;
}

const enc = new TextEncoder();

const SIMPLE: Record<string, number> = { a: 7, b: 8, e: 27, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

function isOct(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}
function isHex(c: string | undefined): boolean {
  return c !== undefined && /[0-9a-fA-F]/.test(c);
}

/**
 * Decode escapes in `s`, appending bytes to `out`. Returns true when \c asked to stop all output.
 * Text without escapes is appended as UTF-8.
 */
export function decodeEscapes(s: string, rules: EscapeRules, out: number[]): boolean {
  let plainFrom = 0;
  const flushPlain = (to: number): void => {
    if (to > plainFrom) for (const b of enc.encode(s.slice(plainFrom, to))) out.push(b);
  };
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      i++;
      continue;
    }
    flushPlain(i);
    const c = s[i + 1];
    let j = i + 2;
    if (c in SIMPLE) out.push(SIMPLE[c]);
    else if (c === 'E' && rules.upperE) out.push(27);
    else if (rules.quotes && (c === '"' || c === "'" || c === '?')) out.push(c.charCodeAt(0));
    else if (c === 'c' && rules.cStops) return true;
    else if (c === 'x' && isHex(s[j])) {
      let v = 0;
      for (let k = 0; k < 2 && isHex(s[j]); k++, j++) v = v * 16 + parseInt(s[j], 16);
      out.push(v);
    } else if ((c === 'u' || c === 'U') && rules.unicode && isHex(s[j])) {
      let v = 0;
      const max = c === 'u' ? 4 : 8;
      for (let k = 0; k < max && isHex(s[j]); k++, j++) v = v * 16 + parseInt(s[j], 16);
      for (const b of enc.encode(String.fromCodePoint(Math.min(v, 0x10ffff)))) out.push(b);
    } else if (isOct(c) && (rules.octal !== 'zero' || c === '0')) {
      // \0NNN: the 0 introduces up to three more digits; \NNN: up to three digits in all.
      let start = i + 1;
      let max = 3;
      if (c === '0' && rules.octal !== 'plain') {
        start = i + 2;
        max = 3;
      }
      let v = 0;
      j = start;
      for (let k = 0; k < max && isOct(s[j]); k++, j++) v = v * 8 + (s.charCodeAt(j) - 48);
      out.push(v & 0xff);
    } else {
      // Unknown escape: kept as written.
      out.push(92);
      j = i + 1;
    }
    i = j;
    plainFrom = i;
  }
  flushPlain(s.length);
  return false;
}

export const ECHO_BASH: EscapeRules = { octal: 'zero', unicode: true, quotes: false, upperE: true, cStops: true };
export const ECHO_COREUTILS: EscapeRules = { octal: 'both', unicode: false, quotes: false, upperE: false, cStops: true };
export const ECHO_BUSYBOX: EscapeRules = { octal: 'both', unicode: false, quotes: false, upperE: false, cStops: true };
