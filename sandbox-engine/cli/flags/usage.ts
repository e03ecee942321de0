/**
 * pflag's FlagUsagesWrapped: the two-column `Options:` block of `--help`. docker/cli calls it with
 * the terminal width minus one (80 - 1 when stdin is not a terminal; cli/cobra.go
 * wrappedFlagUsages). Go measures bytes; every help text here is ASCII, so string length is used.
 */
import type { Flag } from '../flags.ts';
import { goQuote } from '../go/quote.ts';
import { defaultIsZero } from './values.ts';

/** pflag UnquoteUsage: a back-quoted word in the usage names the value; else the type name. */
function unquoteUsage(flag: Flag): [string, string] {
  const usage = flag.spec.usage;
  const i = usage.indexOf('`');
  if (i >= 0) {
    const j = usage.indexOf('`', i + 1);
    if (j >= 0) {
      const name = usage.slice(i + 1, j);
      return [name, usage.slice(0, i) + name + usage.slice(j + 1)];
    }
  }
  const t = flag.spec.type;
  return [t === 'bool' ? '' : t, usage];
}

/** pflag wrapN: split s at the last whitespace before column i (allowing `slop` overflow). */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  let w = -1;
  for (let k = head.length - 1; k >= 0; k--) {
    if (head[k] === ' ' || head[k] === '\t' || head[k] === '\n') {
      w = k;
      break;
    }
  }
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: wrap s to width w with continuation lines indented by i. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    // Not enough room: put the text as a block on the next line.
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  let line: string;
  [line, s] = wrapN(width, slop, s);
  r += line.replaceAll('\n', '\n' + ' '.repeat(i));
  while (s !== '') {
    [line, s] = wrapN(width, slop, s);
    r += '\n' + ' '.repeat(i) + line.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return r;
}

/**
 * The usage lines for the visible flags (already sorted), each ending in "\n".
 * `resolve` expands placeholders in default values (`$CONFIG_DIR`).
 */
export function flagUsagesWrapped(flags: readonly Flag[], cols: number, resolve: (s: string) => string = (s) => s): string {
  const lines: string[] = [];
  let maxlen = 0;
  for (const flag of flags) {
    if (flag.hidden) continue;
    const s = flag.spec;
    let line = s.shorthand && !s.shorthandDeprecated ? `  -${s.shorthand}, --${s.name}` : `      --${s.name}`;
    const [varname, usage] = unquoteUsage(flag);
    if (varname !== '') line += ' ' + varname;
    const noOpt = s.noOptDefVal;
    if (noOpt !== undefined && noOpt !== '') {
      if (s.type === 'string') line += `[="${noOpt}"]`;
      else if (s.type === 'bool') {
        if (noOpt !== 'true') line += `[=${noOpt}]`;
      } else line += `[=${noOpt}]`;
    }
    line += '\x00';
    if (line.length > maxlen) maxlen = line.length;
    line += usage;
    const def = resolve(flag.defValue);
    if (!defaultIsZero(s.type, def)) {
      line += s.type === 'string' ? ` (default ${goQuote(def)})` : ` (default ${def})`;
    }
    if (s.deprecated) line += ` (DEPRECATED: ${s.deprecated})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    const spacing = ' '.repeat(maxlen - sidx);
    // fmt.Fprintln(buf, line[:sidx], spacing, wrap(...)): operands joined by single spaces.
    out += line.slice(0, sidx) + ' ' + spacing + ' ' + wrap(maxlen + 2, cols, line.slice(sidx + 1)) + '\n';
  }
  return out;
}
