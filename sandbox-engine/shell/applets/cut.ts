/**
 * cut: select bytes (-b, and -c which GNU 9.1 and busybox treat as bytes too) or fields (-f).
 * Recorded differences (coreutils 9.1, busybox 1.35): busybox prints every listed field up to the
 * highest one named, empty ones included (`printf 'd:e\n' | cut -d: -f1,3` gives `d:`), GNU only
 * the fields that exist; GNU reports a directory operand, busybox skips it silently.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { busyboxUsage, parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { complain, localeQuote, openInput, shellQuote } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'cut',
  short: 'b:c:f:d:snz',
  long: [
    { name: 'bytes', arg: 'required', key: 'b' },
    { name: 'characters', arg: 'required', key: 'c' },
    { name: 'fields', arg: 'required', key: 'f' },
    { name: 'delimiter', arg: 'required', key: 'd' },
    { name: 'only-delimited', arg: 'none', key: 's' },
    { name: 'complement', arg: 'none', key: 'complement' },
    { name: 'output-delimiter', arg: 'required', key: 'output-delimiter' },
    { name: 'zero-terminated', arg: 'none', key: 'z' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: 'b:c:f:d:snzFO:', long: [] };

interface Range {
  lo: number;
  /** Infinity for `N-`. */
  hi: number;
}

type ListResult = { ok: true; ranges: Range[] } | { ok: false; message: string; usage: boolean };

function parseList(list: string, fields: boolean, flavour: 'gnu' | 'busybox', quote: (s: string) => string): ListResult {
  const ranges: Range[] = [];
  for (const part of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) {
      if (part === '' && flavour === 'busybox') continue;
      if (flavour === 'busybox') return { ok: false, message: `invalid number '${part}'`, usage: false };
      const what = fields ? 'field value' : 'byte/character position';
      return { ok: false, message: part === '-' ? 'invalid range with no endpoint: -' : `invalid ${what} ${quote(part)}`, usage: true };
    }
    let lo = m[1] === '' ? 1 : Number(m[1]);
    let hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (lo === 0 || hi === 0) {
      if (flavour === 'busybox') {
        lo = Math.max(lo, 1);
        hi = Math.max(hi, 1);
      } else return { ok: false, message: fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1', usage: true };
    }
    if (hi < lo) {
      if (flavour === 'busybox') return { ok: false, message: `${hi}<${lo - 1}`, usage: false };
      return { ok: false, message: 'invalid decreasing range', usage: true };
    }
    ranges.push({ lo, hi });
  }
  return { ok: true, ranges };
}

function selected(ranges: Range[], n: number): boolean {
  return ranges.some((r) => n >= r.lo && n <= r.hi);
}

export const applet: Applet = {
  name: 'cut',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'cut');
    const spec = ctx.flavour === 'busybox' ? BB_SPEC : SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    let mode: 'b' | 'f' | null = null;
    let list = '';
    let delim = '\t';
    let onlyDelimited = false;
    let complement = false;
    let outDelim: string | null = null;
    let lineSep = '\n';
    const gnuFail = async (msg: string): Promise<number> => {
      await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${msg}\nTry '${prog} --help' for more information.\n`);
      return 1;
    };
    for (const o of r.opts) {
      if (o.key === 'b' || o.key === 'c' || o.key === 'f') {
        const m = o.key === 'f' ? 'f' : 'b';
        if (mode !== null) {
          if (ctx.flavour === 'gnu') return gnuFail('only one list may be specified');
          await ctx.stderr.write(busyboxUsage('cut'));
          return 1;
        }
        mode = m;
        list = o.value ?? '';
      } else if (o.key === 'd') {
        const v = o.value ?? '';
        if ([...v].length > 1 && ctx.flavour === 'gnu') return gnuFail('the delimiter must be a single character');
        delim = v === '' ? '\0' : [...v][0];
      } else if (o.key === 's') onlyDelimited = true;
      else if (o.key === 'complement') complement = true;
      else if (o.key === 'output-delimiter' || o.key === 'O') outDelim = o.value ?? '';
      else if (o.key === 'z') lineSep = '\0';
    }
    if (mode === null) {
      if (ctx.flavour === 'gnu') return gnuFail('you must specify a list of bytes, characters, or fields');
      await complain(ctx, prog, 'expected a list of bytes, characters, or fields');
      return 1;
    }
    const parsed = parseList(list, mode === 'f', ctx.flavour, (s) => localeQuote(ctx, s));
    if (!parsed.ok) {
      if (parsed.usage) return gnuFail(parsed.message);
      await complain(ctx, prog, parsed.message);
      return 1;
    }
    const ranges = parsed.ranges;
    const want = (n: number): boolean => selected(ranges, n) !== complement;
    const maxListed = Math.max(...ranges.map((x) => (x.hi === Infinity ? x.lo : x.hi)));
    const openEnded = ranges.some((x) => x.hi === Infinity);
    const enc = new TextEncoder();

    const cutLine = (line: string): string | Uint8Array | null => {
      if (mode === 'b') {
        const bytes = enc.encode(line);
        const keep: number[] = [];
        let lastKept = -2;
        const parts: number[][] = [];
        for (let i = 0; i < bytes.length; i++) {
          if (!want(i + 1)) continue;
          if (outDelim !== null && lastKept >= 0 && i !== lastKept + 1) parts.push([...enc.encode(outDelim)]);
          parts.push([bytes[i]]);
          lastKept = i;
        }
        for (const p of parts) keep.push(...p);
        keep.push(...enc.encode(lineSep));
        return Uint8Array.from(keep);
      }
      if (!line.includes(delim)) return onlyDelimited ? null : line;
      const fields = line.split(delim);
      const out: string[] = [];
      if (ctx.flavour === 'busybox' && !complement) {
        // busybox walks the listed field numbers, printing empty ones past the end of the line.
        const last = openEnded ? Math.max(maxListed, fields.length) : maxListed;
        for (let n = 1; n <= last; n++) {
          if (!want(n)) continue;
          if (n > fields.length && (openEnded && n > maxListed)) break;
          out.push(fields[n - 1] ?? '');
        }
      } else fields.forEach((f, i) => want(i + 1) && out.push(f));
      return out.join(outDelim ?? delim);
    };

    let status = 0;
    const files = r.operands.length ? r.operands : ['-'];
    for (const f of files) {
      const o = await openInput(ctx, f);
      if (!o.ok) {
        if (o.error.code === 'EISDIR' && ctx.flavour === 'busybox') continue;
        status = 1;
        await complain(ctx, prog, `${ctx.flavour === 'gnu' ? shellQuote(f, false) : f}: ${strerror(o.error.code)}`);
        continue;
      }
      for (;;) {
        const raw = await o.reader.next(lineSep);
        if (raw === null) break;
        ctx.tick();
        const line = raw.endsWith(lineSep) ? raw.slice(0, -1) : raw;
        const res = cutLine(line);
        if (res !== null) await ctx.stdout.write(typeof res === 'string' ? res + lineSep : res);
      }
    }
    return status;
  },
};
