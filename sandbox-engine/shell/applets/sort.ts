/**
 * sort: in the C.UTF-8 locale both GNU and busybox compare bytes (code points), so `B` sorts
 * before `a`. Keys (-k F[.C][opts][,F[.C][opts]]), -t, -n -g -h -M -V -f -b -d -i -r -u -s -c -C
 * -o -z. Without -s/-u, equal keys fall back to comparing whole lines, as GNU does.
 * Messages recorded from coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain, localeQuote, splitLines } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'sort',
  short: 'bcCdfghik:mMno:rsS:t:T:uVz',
  status: 2,
  bbStatus: 2,
  long: [
    { name: 'ignore-leading-blanks', arg: 'none', key: 'b' },
    { name: 'check', arg: 'optional', key: 'c' },
    { name: 'dictionary-order', arg: 'none', key: 'd' },
    { name: 'ignore-case', arg: 'none', key: 'f' },
    { name: 'general-numeric-sort', arg: 'none', key: 'g' },
    { name: 'human-numeric-sort', arg: 'none', key: 'h' },
    { name: 'ignore-nonprinting', arg: 'none', key: 'i' },
    { name: 'key', arg: 'required', key: 'k' },
    { name: 'merge', arg: 'none', key: 'm' },
    { name: 'month-sort', arg: 'none', key: 'M' },
    { name: 'numeric-sort', arg: 'none', key: 'n' },
    { name: 'output', arg: 'required', key: 'o' },
    { name: 'reverse', arg: 'none', key: 'r' },
    { name: 'stable', arg: 'none', key: 's' },
    { name: 'buffer-size', arg: 'required', key: 'S' },
    { name: 'field-separator', arg: 'required', key: 't' },
    { name: 'temporary-directory', arg: 'required', key: 'T' },
    { name: 'unique', arg: 'none', key: 'u' },
    { name: 'version-sort', arg: 'none', key: 'V' },
    { name: 'zero-terminated', arg: 'none', key: 'z' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: 'nrugMcszbdfiok:t:o:SV' + 'k:', long: [] };

const ORDER_FLAGS = 'bdfghiMnrV';

interface KeyOpts {
  b: boolean;
  d: boolean;
  f: boolean;
  g: boolean;
  h: boolean;
  i: boolean;
  M: boolean;
  n: boolean;
  r: boolean;
  V: boolean;
}

interface Key {
  sf: number;
  sc: number;
  /** 0 = end of line */
  ef: number;
  /** 0 = end of field */
  ec: number;
  opts: KeyOpts;
  /** End blanks skipping applies when the end spec had `b`. */
  eb: boolean;
}

function noOpts(): KeyOpts {
  return { b: false, d: false, f: false, g: false, h: false, i: false, M: false, n: false, r: false, V: false };
}

function hasOrdering(o: KeyOpts): boolean {
  return Object.values(o).some(Boolean);
}

/** Compare by code point (UTF-8 byte order), not UTF-16 units. */
function cmpStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) return a.codePointAt(i)! - b.codePointAt(i)!;
    return x - y;
  }
  return a.length - b.length;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The text of a key in a line (GNU field rules: without -t a field keeps its leading blanks). */
function keyText(line: string, k: Key, tab: string | null): string {
  const fieldStarts: number[] = [];
  const fieldEnds: number[] = [];
  if (tab !== null) {
    let s = 0;
    for (;;) {
      const i = line.indexOf(tab, s);
      fieldStarts.push(s);
      if (i < 0) {
        fieldEnds.push(line.length);
        break;
      }
      fieldEnds.push(i);
      s = i + tab.length;
    }
  } else {
    let i = 0;
    while (i < line.length) {
      const s = i;
      while (i < line.length && isBlank(line[i])) i++;
      while (i < line.length && !isBlank(line[i])) i++;
      fieldStarts.push(s);
      fieldEnds.push(i);
    }
  }
  const nf = fieldStarts.length;
  let start: number;
  if (k.sf > nf) start = line.length;
  else {
    start = fieldStarts[k.sf - 1];
    if (k.opts.b) while (start < fieldEnds[k.sf - 1] && isBlank(line[start])) start++;
    start = Math.min(start + k.sc - 1, fieldEnds[k.sf - 1]);
  }
  let end: number;
  if (k.ef === 0 || k.ef > nf) end = line.length;
  else if (k.ec === 0) end = fieldEnds[k.ef - 1];
  else {
    let s = fieldStarts[k.ef - 1];
    if (k.eb) while (s < fieldEnds[k.ef - 1] && isBlank(line[s])) s++;
    end = Math.min(s + k.ec, fieldEnds[k.ef - 1]);
  }
  return end > start ? line.slice(start, end) : '';
}

function numPrefix(s: string): number {
  const m = /^[ \t]*(-?(?:\d+\.?\d*|\.\d+))/.exec(s);
  return m ? Number(m[1]) : 0;
}

const SUFFIX = ' KMGTPEZYRQ';
function human(s: string): [number, number] {
  const m = /^[ \t]*(-?(?:\d+\.?\d*|\.\d+))([kKMGTPEZYRQ]?)/.exec(s);
  if (!m) return [0, 0];
  const v = Number(m[1]);
  const mag = m[2] === '' ? 0 : SUFFIX.indexOf(m[2].toUpperCase());
  return [Math.sign(v) * mag, v];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function versionCmp(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else {
      const c = cmpStr(x, y);
      if (c !== 0) return c;
    }
  }
  return pa.length - pb.length;
}

function compareKey(a: string, b: string, o: KeyOpts): number {
  let x = a;
  let y = b;
  if (o.b) {
    x = x.replace(/^[ \t]+/, '');
    y = y.replace(/^[ \t]+/, '');
  }
  if (o.d) {
    x = x.replace(/[^\p{L}\p{N} \t]/gu, '');
    y = y.replace(/[^\p{L}\p{N} \t]/gu, '');
  }
  if (o.i) {
    x = x.replace(/[\x00-\x1f\x7f]/g, '');
    y = y.replace(/[\x00-\x1f\x7f]/g, '');
  }
  if (o.f) {
    x = x.toUpperCase();
    y = y.toUpperCase();
  }
  if (o.n) return Math.sign(numPrefix(x) - numPrefix(y));
  if (o.h) {
    const [mx, vx] = human(x);
    const [my, vy] = human(y);
    return Math.sign(mx - my) || Math.sign(vx - vy);
  }
  if (o.g) {
    const px = parseFloat(x);
    const py = parseFloat(y);
    const nx = Number.isNaN(px);
    const ny = Number.isNaN(py);
    if (nx || ny) return nx && ny ? 0 : nx ? -1 : 1;
    return Math.sign(px - py);
  }
  if (o.M) {
    const mx = MONTHS.indexOf(x.trimStart().slice(0, 3).toUpperCase());
    const my = MONTHS.indexOf(y.trimStart().slice(0, 3).toUpperCase());
    return Math.sign(mx - my);
  }
  if (o.V) return Math.sign(versionCmp(x, y));
  return Math.sign(cmpStr(x, y));
}

type KeyParse = { ok: true; key: Key } | { ok: false; message: string };

function parseKey(spec: string, global: KeyOpts, flavour: 'gnu' | 'busybox', q: (s: string) => string): KeyParse {
  const bad = (why: string): KeyParse =>
    ({ ok: false, message: flavour === 'gnu' ? `${why}: invalid field specification ${q(spec)}` : 'bad field specification' });
  const m = /^(\d*)(?:\.(\d*))?([bdfghiMnrV]*)(?:,(\d*)(?:\.(\d*))?([bdfghiMnrV]*))?$/.exec(spec);
  if (!m || m[1] === '') {
    if (flavour === 'gnu') return { ok: false, message: `invalid number at field start: invalid count at start of ${q(spec)}` };
    return bad('');
  }
  const sf = Number(m[1]);
  if (sf === 0) return bad('field number is zero');
  const sc = m[2] === undefined || m[2] === '' ? 1 : Number(m[2]);
  if (sc === 0) return bad('character offset is zero');
  const opts = noOpts();
  const flags = (m[3] ?? '') + (m[6] ?? '');
  for (const f of flags) opts[f as keyof KeyOpts] = true;
  const key: Key = {
    sf,
    sc,
    ef: m[4] === undefined || m[4] === '' ? 0 : Number(m[4]),
    ec: m[5] === undefined || m[5] === '' ? 0 : Number(m[5]),
    opts: hasOrdering(opts) ? opts : { ...global },
    eb: (m[6] ?? '').includes('b') || (!hasOrdering(opts) && global.b),
  };
  if (m[4] !== undefined && key.ef === 0) return bad('field number is zero');
  return { ok: true, key };
}

export const applet: Applet = {
  name: 'sort',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'sort');
    const spec = ctx.flavour === 'busybox' ? BB_SPEC : SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    const global = noOpts();
    const keySpecs: string[] = [];
    let tab: string | null = null;
    let unique = false;
    let stable = false;
    let check: 'no' | 'loud' | 'quiet' = 'no';
    let output: string | null = null;
    let sep = '\n';
    const q = (s: string): string => localeQuote(ctx, s);
    for (const o of r.opts) {
      if (ORDER_FLAGS.includes(o.key)) global[o.key as keyof KeyOpts] = true;
      else if (o.key === 'k') keySpecs.push(o.value ?? '');
      else if (o.key === 't') {
        const v = o.value ?? '';
        if ([...v].length !== 1 && v !== '\\0') {
          await complain(ctx, prog, ctx.flavour === 'gnu' ? (v === '' ? 'empty tab' : `multi-character tab ${q(v)}`) : 'bad -t parameter');
          return 2;
        }
        tab = v === '\\0' ? '\0' : v;
      } else if (o.key === 'u') unique = true;
      else if (o.key === 's') stable = true;
      else if (o.key === 'c') check = 'loud';
      else if (o.key === 'C') check = 'quiet';
      else if (o.key === 'o') output = o.value ?? '';
      else if (o.key === 'z') sep = '\0';
    }
    const keys: Key[] = [];
    for (const ks of keySpecs) {
      const k = parseKey(ks, global, ctx.flavour, q);
      if (!k.ok) {
        await complain(ctx, prog, k.message);
        return 2;
      }
      keys.push(k.key);
    }
    const wholeLine: Key = { sf: 1, sc: 1, ef: 0, ec: 0, opts: { ...global }, eb: false };
    const effKeys = keys.length ? keys : [wholeLine];

    // Read every input first (so `sort -o f f` works), failing on the first unreadable one.
    const lines: string[] = [];
    const names = r.operands.length ? r.operands : ['-'];
    const dec = new TextDecoder();
    for (const n of names) {
      let text: string;
      try {
        text = n === '-' ? dec.decode(await ctx.stdin.readAll()) : ctx.fs.readText(n);
      } catch (e) {
        const err = asFsError(e);
        if (ctx.flavour === 'busybox') {
          if (err.code === 'EISDIR') continue;
          await complain(ctx, prog, `${n}: ${strerror(err.code)}`);
        } else if (err.code === 'EISDIR') await complain(ctx, prog, `read failed: ${n}: ${strerror(err.code)}`);
        else await complain(ctx, prog, `cannot read: ${n}: ${strerror(err.code)}`);
        return 2;
      }
      ctx.tick();
      for (const l of splitLines(text, sep)) lines.push(l.endsWith(sep) ? l.slice(0, -1) : l);
    }

    const keyCmp = (a: string, b: string): number => {
      for (const k of effKeys) {
        const c = compareKey(keyText(a, k, tab), keyText(b, k, tab), k.opts);
        if (c !== 0) return k.opts.r ? -c : c;
      }
      return 0;
    };
    const fullCmp = (a: string, b: string): number => {
      const c = keyCmp(a, b);
      // GNU -u compares keys only; busybox still breaks ties by the whole line, then keeps the first.
      if (c !== 0 || stable || (unique && ctx.flavour === 'gnu')) return c;
      const last = cmpStr(a, b);
      return global.r ? -last : last;
    };

    if (check !== 'no') {
      for (let i = 1; i < lines.length; i++) {
        ctx.tick();
        const c = fullCmp(lines[i - 1], lines[i]);
        if (c > 0 || (unique && c === 0)) {
          if (check === 'loud') {
            if (ctx.flavour === 'gnu') await complain(ctx, prog, `${names[0]}:${i + 1}: disorder: ${lines[i]}`);
            else await ctx.stderr.write(`Check line ${i}\n`);
          }
          return 1;
        }
      }
      return 0;
    }

    ctx.tick(lines.length);
    const sorted = lines.slice().sort(fullCmp);
    const out: string[] = [];
    for (const l of sorted) {
      if (unique && out.length && keyCmp(out[out.length - 1], l) === 0) continue;
      out.push(l);
    }
    const text = out.map((l) => l + sep).join('');
    if (output !== null) {
      try {
        ctx.fs.writeFile(output, text);
      } catch (e) {
        const err = asFsError(e);
        await complain(ctx, prog, ctx.flavour === 'gnu' ? `open failed: ${output}: ${strerror(err.code)}` : `can't open '${output}': ${strerror(err.code)}`);
        return 2;
      }
      return 0;
    }
    await ctx.stdout.write(text);
    return 0;
  },
};
