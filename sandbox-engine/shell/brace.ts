/**
 * bash brace expansion (`a{b,c}d`, `{1..10..2}`, `{a..e}`), done on a word's parts before any
 * other expansion. Only unquoted literal text takes part; quoted text and `$...` expansions are
 * opaque, so `"{a,b}"` and `${x:-{a,b}}` stay as they are. busybox ash has no brace expansion.
 */
import type { WordPart } from './ast.ts';

type Item = string | WordPart;

/** Cap on the words one brace expression may produce. */
const MAX_WORDS = 100_000;

export function hasBraces(parts: readonly WordPart[]): boolean {
  for (const p of parts) if (p.type === 'lit' && p.text.includes('{') && p.text.length > 0) return true;
  return false;
}

/** The expanded alternatives of a word, or null when it has no brace expression. */
export function braceExpand(parts: readonly WordPart[]): WordPart[][] | null {
  const items: Item[] = [];
  for (const p of parts) {
    if (p.type === 'lit') for (const c of p.text) items.push(c);
    else items.push(p);
  }
  const out: Item[][] = [];
  if (!expand(items, out)) return null;
  return out.map(toParts);
}

function toParts(items: Item[]): WordPart[] {
  const parts: WordPart[] = [];
  let lit = '';
  for (const it of items) {
    if (typeof it === 'string') lit += it;
    else {
      if (lit) parts.push({ type: 'lit', text: lit });
      lit = '';
      parts.push(it);
    }
  }
  if (lit) parts.push({ type: 'lit', text: lit });
  return parts;
}

/** Expand the first brace expression (recursively the rest); false when there is none. */
function expand(items: Item[], out: Item[][]): boolean {
  for (let i = 0; i < items.length; i++) {
    if (items[i] !== '{') continue;
    // `${` never starts a brace expression (a lone `$` before `{` is literal text here).
    if (i > 0 && items[i - 1] === '$') continue;
    let depth = 0;
    const commas: number[] = [];
    let k = -1;
    for (let j = i; j < items.length; j++) {
      const c = items[j];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          k = j;
          break;
        }
      } else if (c === ',' && depth === 1) commas.push(j);
    }
    if (k < 0) return false;
    let alts: Item[][] | null = null;
    if (commas.length > 0) {
      alts = [];
      let from = i + 1;
      for (const c of [...commas, k]) {
        alts.push(items.slice(from, c));
        from = c + 1;
      }
    } else {
      const inner = items.slice(i + 1, k);
      if (inner.every((x) => typeof x === 'string')) alts = sequence((inner as string[]).join(''));
    }
    if (alts === null) continue;
    const pre = items.slice(0, i);
    const post = items.slice(k + 1);
    for (const a of alts) {
      const word = [...pre, ...a, ...post];
      if (!expand(word, out)) out.push(word);
      if (out.length > MAX_WORDS) break;
    }
    return true;
  }
  return false;
}

/** `{1..5}`, `{01..10..3}`, `{a..e..2}`: the items of a sequence, or null if not one. */
function sequence(text: string): Item[][] | null {
  let m = /^(-?[0-9]+)\.\.(-?[0-9]+)(?:\.\.(-?[0-9]+))?$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let step = Math.abs(Number(m[3] ?? '1')) || 1;
    const width = /^-?0[0-9]/.test(m[1]) || /^-?0[0-9]/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
    if (a > b) step = -step;
    const res: Item[][] = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
      let s = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0');
      if (v < 0) s = '-' + s;
      res.push([...s]);
      if (res.length > MAX_WORDS) break;
    }
    return res;
  }
  m = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(text);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    let step = Math.abs(Number(m[3] ?? '1')) || 1;
    if (a > b) step = -step;
    const res: Item[][] = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) res.push([String.fromCharCode(v)]);
    return res;
  }
  return null;
}
