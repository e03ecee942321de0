/**
 * One CSV record, as tonistiigi/go-csvvalue parses `--mount` and `--device` values: fields split
 * on `,`, a field starting with `"` is quoted (`""` is a quote). Errors are encoding/csv's
 * ParseError texts with 1-based byte columns.
 */

export class CsvError extends Error {}

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

function parseErr(pos: number, msg: string): CsvError {
  return new CsvError(`parse error on line 1, column ${pos + 1}: ${msg}`);
}

export function csvFields(input: string): string[] {
  const all = new TextEncoder().encode(input);
  let n = all.length;
  if (n > 0 && all[n - 1] === 0x0a) n -= n > 1 && all[n - 2] === 0x0d ? 2 : 1;
  const bytes = all.subarray(0, n);
  if (bytes.length === 0) throw new CsvError('EOF');
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = (a: number, b: number) => dec.decode(bytes.subarray(a, b));
  const find = (from: number, ch: number) => {
    const i = bytes.indexOf(ch, from);
    return i;
  };
  const dst: string[] = [];
  let pos = 0;
  for (;;) {
    if (pos >= bytes.length || bytes[pos] !== 0x22) {
      const comma = find(pos, 0x2c);
      const end = comma >= 0 ? comma : bytes.length;
      const q = bytes.subarray(pos, end).indexOf(0x22);
      if (q >= 0) throw parseErr(pos + q, BARE_QUOTE);
      dst.push(text(pos, end));
      if (comma < 0) return dst;
      pos = comma + 1;
      continue;
    }
    pos += 1;
    let halfOpen = false;
    for (;;) {
      const i = find(pos, 0x22);
      if (i < 0) throw parseErr(pos, QUOTE);
      if (!halfOpen) dst.push(text(pos, i));
      else dst[dst.length - 1] += text(pos, i);
      halfOpen = false;
      pos = i + 1;
      if (pos < bytes.length && bytes[pos] === 0x22) {
        dst[dst.length - 1] += '"';
        pos += 1;
        halfOpen = true;
      } else if (pos < bytes.length && bytes[pos] === 0x2c) {
        pos += 1;
        break;
      } else if (pos >= bytes.length) {
        return dst;
      } else {
        throw parseErr(pos - 1, QUOTE);
      }
    }
  }
}
