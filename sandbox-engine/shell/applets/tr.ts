/**
 * tr: translate, delete (-d) or squeeze (-s) characters from stdin; -c/-C complements SET1, -t
 * truncates it. Sets take escapes, ranges, [:class:], [=c=], [c*n]. GNU checks its operands
 * (missing/extra operand, reversed ranges, classes in SET2); busybox accepts nearly anything.
 * Works on characters rather than bytes, which only differs from GNU for non-ASCII input.
 * Messages recorded from coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { busyboxUsage, parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { localeQuote } from './lib/text-io.ts';

const SPEC: OptionSpec = {
  name: 'tr',
  short: 'cCdst',
  long: [
    { name: 'complement', arg: 'none', key: 'c' },
    { name: 'delete', arg: 'none', key: 'd' },
    { name: 'squeeze-repeats', arg: 'none', key: 's' },
    { name: 'truncate-set1', arg: 'none', key: 't' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: 'cCds', long: [] };

function range(a: number, b: number): string[] {
  const out: string[] = [];
  for (let c = a; c <= b; c++) out.push(String.fromCodePoint(c));
  return out;
}

const CLASSES: Record<string, () => string[]> = {
  alnum: () => [...range(48, 57), ...range(65, 90), ...range(97, 122)],
  alpha: () => [...range(65, 90), ...range(97, 122)],
  blank: () => ['\t', ' '],
  cntrl: () => [...range(0, 31), '\x7f'],
  digit: () => range(48, 57),
  graph: () => range(33, 126),
  lower: () => range(97, 122),
  print: () => range(32, 126),
  punct: () => range(33, 126).filter((c) => !/[A-Za-z0-9]/.test(c)),
  space: () => ['\t', '\n', '\v', '\f', '\r', ' '],
  upper: () => range(65, 90),
  xdigit: () => [...range(48, 57), ...range(65, 70), ...range(97, 102)],
};

class SetError extends Error {}

interface ParsedSet {
  chars: string[];
  classes: string[];
  /** Index in `chars` of a `[c*]` fill and its character (SET2 only). */
  fill: { at: number; ch: string } | null;
}

/** Expand escapes into single characters, keeping `\` before `[ ] - *` meaningful as literals. */
function unescape(s: string): { ch: string; lit: boolean }[] {
  const out: { ch: string; lit: boolean }[] = [];
  const named: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  const cps = [...s];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c !== '\\' || i + 1 >= cps.length) {
      out.push({ ch: c, lit: false });
      continue;
    }
    const d = cps[++i];
    if (d in named) out.push({ ch: named[d], lit: true });
    else if (/[0-7]/.test(d)) {
      let v = 0;
      let k = 0;
      i--;
      while (k < 3 && i + 1 < cps.length && /[0-7]/.test(cps[i + 1])) {
        v = v * 8 + Number(cps[++i]);
        k++;
      }
      out.push({ ch: String.fromCharCode(v & 0xff), lit: true });
    } else out.push({ ch: d, lit: true });
  }
  return out;
}

function parseSet(s: string, gnu: boolean, q: (s: string) => string): ParsedSet {
  const u = unescape(s);
  const chars: string[] = [];
  const classes: string[] = [];
  let fill: ParsedSet['fill'] = null;
  const text = u.map((x) => (x.lit ? '\0' : x.ch)).join('');
  for (let i = 0; i < u.length; i++) {
    const c = u[i];
    if (!c.lit && c.ch === '[') {
      const close = text.indexOf(']', i + 2);
      const inner = close > 0 ? u.slice(i + 1, close).map((x) => x.ch).join('') : '';
      if (close > 0 && /^:\w+:$/.test(text.slice(i + 1, close))) {
        const name = inner.slice(1, -1);
        if (CLASSES[name]) {
          chars.push(...CLASSES[name]());
          classes.push(name);
          i = close;
          continue;
        }
        if (gnu) throw new SetError(`invalid character class ${q(name)}`);
      } else if (close > 0 && /^=.=$/.test(inner)) {
        chars.push(inner[1]);
        i = close;
        continue;
      } else if (gnu && close > 0 && /^.\*\d*$/.test(inner)) {
        const ch = inner[0];
        const count = inner.slice(2);
        if (count === '') fill = { at: chars.length, ch };
        else chars.push(...Array<string>(count.startsWith('0') ? parseInt(count, 8) : Number(count)).fill(ch));
        i = close;
        continue;
      }
    }
    if (i + 2 < u.length && !u[i + 1].lit && u[i + 1].ch === '-') {
      const lo = c.ch.codePointAt(0)!;
      const hi = u[i + 2].ch.codePointAt(0)!;
      if (hi < lo) {
        if (gnu) throw new SetError(`range-endpoints of '${c.ch}-${u[i + 2].ch}' are in reverse collating sequence order`);
      } else chars.push(...range(lo, hi));
      i += 2;
      continue;
    }
    chars.push(c.ch);
  }
  return { chars, classes, fill };
}

export const applet: Applet = {
  name: 'tr',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'tr');
    const gnu = ctx.flavour === 'gnu';
    const spec = gnu ? SPEC : BB_SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    const f = new Set(r.opts.map((o) => (o.key === 'C' ? 'c' : o.key)));
    const ops = r.operands;
    const q = (s: string): string => localeQuote(ctx, s);
    const fail = async (msg: string, extra = ''): Promise<number> => {
      await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${msg}\n${extra}Try '${prog} --help' for more information.\n`);
      return 1;
    };
    const del = f.has('d');
    const squeeze = f.has('s');
    const translating = !del && ops.length >= 2;
    if (ops.length === 0) {
      if (gnu) return fail('missing operand');
      await ctx.stderr.write(busyboxUsage('tr'));
      return 1;
    }
    if (gnu) {
      if (!del && !squeeze && ops.length === 1) return fail(`missing operand after ${q(ops[0])}`, 'Two strings must be given when translating.\n');
      if (del && !squeeze && ops.length > 1) return fail(`extra operand ${q(ops[1])}`, 'Only one string may be given when deleting without squeezing repeats.\n');
      if (ops.length > 2) return fail(`extra operand ${q(ops[2])}`);
    }
    let set1: ParsedSet;
    let set2: ParsedSet | null = null;
    try {
      set1 = parseSet(ops[0], gnu, q);
      if (ops.length > 1) set2 = parseSet(ops[1], gnu, q);
    } catch (e) {
      if (!(e instanceof SetError)) throw e;
      await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${e.message}\n`);
      return 1;
    }
    if (gnu && translating && set2 && set2.classes.some((c) => c !== 'upper' && c !== 'lower')) {
      await ctx.stderr.write(`${ctx.messagePrefix}${prog}: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n`);
      return 1;
    }
    const complement = f.has('c');
    const in1 = new Set(set1.chars);
    const inSet1 = (c: string): boolean => in1.has(c) !== complement;

    // Translation table.
    const map = new Map<string, string>();
    let complementTarget: string[] = [];
    if (translating && set2) {
      let s1 = set1.chars;
      let s2 = set2.chars;
      if (set2.fill) {
        const need = Math.max(0, (complement ? 256 - in1.size : s1.length) - s2.length);
        s2 = [...s2.slice(0, set2.fill.at), ...Array<string>(need).fill(set2.fill.ch), ...s2.slice(set2.fill.at)];
      }
      if (f.has('t') && !complement) s1 = s1.slice(0, s2.length);
      if (complement) complementTarget = s2;
      else {
        for (let i = 0; i < s1.length; i++) {
          const to = i < s2.length ? s2[i] : s2[s2.length - 1];
          if (to !== undefined) map.set(s1[i], to);
        }
      }
    }
    const complementRank = (c: string): number => {
      const code = c.codePointAt(0)!;
      let rank = 0;
      for (let x = 0; x < Math.min(code, 256); x++) if (!in1.has(String.fromCharCode(x))) rank++;
      return rank;
    };
    const squeezeSet = new Set(translating || (del && set2) ? (set2?.chars ?? []) : set1.chars);
    const inSqueeze = (c: string): boolean => (translating || del ? squeezeSet.has(c) : squeezeSet.has(c) !== complement);

    let last = '';
    const dec = new TextDecoder();
    const process = (text: string): string => {
      let out = '';
      for (const ch of text) {
        let c = ch;
        if (del && inSet1(c)) continue;
        if (translating) {
          if (complement) {
            if (!in1.has(c) && complementTarget.length) c = complementTarget[Math.min(complementRank(c), complementTarget.length - 1)];
          } else c = map.get(c) ?? c;
        }
        if (squeeze && c === last && inSqueeze(c)) continue;
        last = c;
        out += c;
      }
      return out;
    };
    for (;;) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      ctx.tick();
      const out = process(dec.decode(chunk, { stream: true }));
      if (out) await ctx.stdout.write(out);
    }
    const tail = process(dec.decode());
    if (tail) await ctx.stdout.write(tail);
    return 0;
  },
};
