/**
 * "did you mean …?" suggestions, after BuildKit's util/suggest: the closest option within a
 * Levenshtein distance of 2. Go ranges over a map there, so among equally close options the
 * choice is random in BuildKit; we take the first in the order given (callers pass sorted lists).
 */

function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/** The suggested option, or null (also null on an exact match: the error is about something else). */
export function suggest(val: string, options: readonly string[], caseSensitive: boolean): string | null {
  const v = caseSensitive ? val : val.toLowerCase();
  let match = '';
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (v === opt) return null;
    const dist = levenshtein(v, opt);
    if (dist < min) {
      match = caseSensitive ? opt : matchCase(opt, val);
      min = dist;
    }
  }
  return match === '' ? null : match;
}

/** `err (did you mean X?)` when there is a suggestion (BuildKit's suggest.WrapError). */
export function withSuggestion(message: string, val: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(val, options, caseSensitive);
  return match === null ? message : `${message} (did you mean ${match}?)`;
}
