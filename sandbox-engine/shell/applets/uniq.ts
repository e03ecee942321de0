/**
 * uniq: collapse adjacent equal lines (-c count, -d only repeated, -u only unique, -D all repeated,
 * -i, -f/-s/-w to compare part of the line), reading INPUT and writing OUTPUT when given.
 * Messages recorded from coreutils 9.1 and busybox 1.35.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName, usageError, type OptionSpec } from './lib/parse-options.ts';
import { asFsError, complain, LineReader, localeQuote, shellQuote } from './lib/text-io.ts';
import { strerror } from '../../vfs/errors.ts';

const SPEC: OptionSpec = {
  name: 'uniq',
  short: 'cdDuif:s:w:z',
  long: [
    { name: 'count', arg: 'none', key: 'c' },
    { name: 'repeated', arg: 'none', key: 'd' },
    { name: 'all-repeated', arg: 'optional', key: 'D' },
    { name: 'unique', arg: 'none', key: 'u' },
    { name: 'ignore-case', arg: 'none', key: 'i' },
    { name: 'skip-fields', arg: 'required', key: 'f' },
    { name: 'skip-chars', arg: 'required', key: 's' },
    { name: 'check-chars', arg: 'required', key: 'w' },
    { name: 'zero-terminated', arg: 'none', key: 'z' },
  ],
};
const BB_SPEC: OptionSpec = { ...SPEC, short: 'cduif:s:w:z', long: [] };

export const applet: Applet = {
  name: 'uniq',
  async run(ctx: ProcessContext) {
    const prog = progName(ctx, 'uniq');
    const spec = ctx.flavour === 'busybox' ? BB_SPEC : SPEC;
    const r = parseOptions(ctx, spec);
    if (!r.ok) return usageError(ctx, spec, r.message);
    const f = new Set<string>();
    let skipFields = 0;
    let skipChars = 0;
    let checkChars = Infinity;
    let sep = '\n';
    for (const o of r.opts) {
      if (o.key === 'f' || o.key === 's' || o.key === 'w') {
        const v = o.value ?? '';
        if (!/^\d+$/.test(v)) {
          const what = { f: 'number of fields to skip', s: 'number of bytes to skip', w: 'number of bytes to compare' }[o.key];
          await complain(ctx, prog, ctx.flavour === 'gnu' ? `${v}: invalid ${what}` : `invalid number '${v}'`);
          return 1;
        }
        if (o.key === 'f') skipFields = Number(v);
        else if (o.key === 's') skipChars = Number(v);
        else checkChars = Number(v);
      } else if (o.key === 'z') sep = '\0';
      else f.add(o.key);
    }
    const ops = r.operands;
    if (ops.length > 2 && ctx.flavour === 'gnu') {
      await ctx.stderr.write(`${ctx.messagePrefix}${prog}: extra operand ${localeQuote(ctx, ops[2])}\nTry '${prog} --help' for more information.\n`);
      return 1;
    }
    const input = ops[0] ?? '-';
    let reader: LineReader;
    if (input === '-') reader = new LineReader(ctx.stdin);
    else {
      try {
        reader = new LineReader(ctx.fs.readFile(input));
      } catch (e) {
        const err = asFsError(e);
        if (ctx.flavour === 'busybox') {
          await complain(ctx, prog, err.code === 'EISDIR' ? `${input}: I/O error` : `can't open '${input}': ${strerror(err.code)}`);
        } else if (err.code === 'EISDIR') await complain(ctx, prog, `error reading ${shellQuote(input, true)}`);
        else await complain(ctx, prog, `${shellQuote(input, false)}: ${strerror(err.code)}`);
        return 1;
      }
    }
    const chunks: string[] = [];
    const outName = ops[1];

    const keyOf = (line: string): string => {
      let s = line;
      for (let i = 0; i < skipFields; i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
      s = s.slice(skipChars);
      if (checkChars !== Infinity) s = s.slice(0, checkChars);
      return f.has('i') ? s.toLowerCase() : s;
    };
    const emit = async (text: string): Promise<void> => {
      if (outName === undefined) await ctx.stdout.write(text);
      else chunks.push(text);
    };
    const flush = async (group: string[]): Promise<void> => {
      const n = group.length;
      if (n === 0) return;
      if (f.has('D')) {
        if (n > 1) for (const l of group) await emit(l + sep);
        return;
      }
      if (f.has('d') && n < 2) return;
      if (f.has('u') && n > 1) return;
      await emit((f.has('c') ? `${String(n).padStart(7)} ` : '') + group[0] + sep);
    };

    let group: string[] = [];
    let groupKey = '';
    for (;;) {
      const raw = await reader.next(sep);
      if (raw === null) break;
      ctx.tick();
      const line = raw.endsWith(sep) ? raw.slice(0, -1) : raw;
      const k = keyOf(line);
      if (group.length && k === groupKey) group.push(line);
      else {
        await flush(group);
        group = [line];
        groupKey = k;
      }
    }
    await flush(group);
    if (outName !== undefined) {
      try {
        ctx.fs.writeFile(outName, chunks.join(''));
      } catch (e) {
        const err = asFsError(e);
        await complain(ctx, prog, ctx.flavour === 'gnu' ? `${shellQuote(outName, false)}: ${strerror(err.code)}` : `can't open '${outName}': ${strerror(err.code)}`);
        return 1;
      }
    }
    return 0;
  },
};
