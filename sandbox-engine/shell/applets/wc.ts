/**
 * wc: newline, word, character and byte counts.
 *
 * Column widths differ by flavour (recorded from coreutils 9.1 and busybox 1.35):
 * - GNU sizes every column to the digits of the summed sizes of the regular files given, at least 7
 *   when any input is not a regular file (a pipe), and 1 when a single count of a single input is
 *   asked for or the first operand cannot be read.
 * - busybox prints `%9u` columns, except a single count of a single input, printed bare.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain, shellQuote } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'wc',
  short: 'clmwL',
  long: [
    { name: 'bytes', arg: 'none', key: 'c' },
    { name: 'chars', arg: 'none', key: 'm' },
    { name: 'lines', arg: 'none', key: 'l' },
    { name: 'words', arg: 'none', key: 'w' },
    { name: 'max-line-length', arg: 'none', key: 'L' },
  ],
};

type Counts = [lines: number, words: number, chars: number, bytes: number, maxLen: number];

/** Incremental counter so an endless pipe can be interrupted between chunks. */
class Counter {
  c: Counts = [0, 0, 0, 0, 0];
  private inWord = false;
  private col = 0;
  private readonly dec = new TextDecoder('utf-8', { fatal: false });

  feed(chunk: Uint8Array): void {
    this.c[3] += chunk.length;
    this.text(this.dec.decode(chunk, { stream: true }));
  }
  end(): void {
    this.text(this.dec.decode());
  }
  private text(s: string): void {
    for (const ch of s) {
      this.c[2]++;
      const space = /[ \t\n\v\f\r\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/.test(ch);
      if (space) this.inWord = false;
      else if (!this.inWord) {
        this.inWord = true;
        this.c[1]++;
      }
      if (ch === '\n') {
        this.c[0]++;
        this.col = 0;
      } else if (ch === '\t') this.col += 8 - (this.col % 8);
      else if (ch !== '\r' && ch !== '\f') this.col++;
      if (this.col > this.c[4]) this.c[4] = this.col;
    }
  }
}

interface Input {
  name: string;
  stat: Stat | null;
  error?: string;
  counts?: Counts;
}

/** The stat of stdin when the stream can tell it (a redirected file); null for pipes and ttys. */
function stdinStat(ctx: ProcessContext): Stat | null {
  const s = ctx.stdin as unknown as { stat?: () => Stat | null };
  return typeof s.stat === 'function' ? s.stat() : null;
}

async function count(ctx: ProcessContext, name: string): Promise<Input> {
  const counter = new Counter();
  if (name === '-') {
    const stat = stdinStat(ctx);
    for (;;) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      ctx.tick();
      counter.feed(chunk);
    }
    counter.end();
    return { name, stat, counts: counter.c };
  }
  let stat: Stat | null = null;
  try {
    stat = ctx.fs.stat(name);
    counter.feed(ctx.fs.readFile(name));
    counter.end();
    return { name, stat, counts: counter.c };
  } catch (e) {
    const err = asFsError(e);
    // A directory is opened and counted as empty after the read error, as Linux read(2) does.
    return { name, stat, error: strerror(err.code), counts: err.code === 'EISDIR' ? counter.c : undefined };
  }
}

export const applet: Applet = {
  name: 'wc',
  async run(ctx) {
    const prog = progName(ctx, 'wc');
    const r = parseOptions(ctx, SPEC);
    if (!r.ok) return usageError(ctx, SPEC, r.message);
    const want = new Set(r.opts.map((o) => o.key));
    if (want.size === 0) ['l', 'w', 'c'].forEach((k) => want.add(k));
    // Column order is fixed: lines, words, chars, bytes, max line length.
    const cols: number[] = [];
    (['l', 'w', 'm', 'c', 'L'] as const).forEach((k, i) => {
      if (want.has(k)) cols.push(i);
    });
    const names = r.operands.length ? r.operands : ['-'];
    const operandGiven = r.operands.length > 0;

    const inputs: Input[] = [];
    for (const n of names) inputs.push(await count(ctx, n));

    let width: number;
    if (ctx.flavour === 'busybox') width = cols.length === 1 && names.length === 1 ? 0 : 9;
    else if (cols.length === 1 && names.length === 1) width = 1;
    else if (inputs[0].stat === null && inputs[0].name !== '-') width = 1;
    else {
      let regular = 0;
      let min = 1;
      for (const i of inputs) {
        if (i.stat === null && i.name !== '-') continue;
        if (i.stat && i.stat.kind === 'file') regular += i.stat.size;
        else min = 7;
      }
      width = Math.max(String(regular).length, min);
    }

    const line = (c: Counts, label: string | null): string => {
      const parts = cols.map((i, k) => {
        const s = String(c[i]);
        if (ctx.flavour === 'busybox' && k > 0) return s.padStart(9);
        return s.padStart(width);
      });
      return parts.join(' ') + (label === null ? '' : ` ${label}`) + '\n';
    };

    let status = 0;
    const total: Counts = [0, 0, 0, 0, 0];
    for (const i of inputs) {
      if (i.error !== undefined) {
        status = 1;
        await complain(ctx, prog, `${ctx.flavour === 'gnu' ? shellQuote(i.name, false) : i.name}: ${i.error}`);
      }
      if (!i.counts) continue;
      for (let k = 0; k < 4; k++) total[k] += i.counts[k];
      total[4] = Math.max(total[4], i.counts[4]);
      await ctx.stdout.write(line(i.counts, operandGiven ? i.name : null));
    }
    if (names.length > 1) await ctx.stdout.write(line(total, 'total'));
    return status;
  },
};
