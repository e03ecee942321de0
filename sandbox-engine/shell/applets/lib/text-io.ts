/**
 * Input helpers shared by the text applets: opening operands (`-` is stdin), reading lines as a
 * stream so `yes | head` and `yes | grep -m1 y` end, and the quoting GNU uses in file names.
 */
import type { InputStream, ProcessContext } from '../../process.ts';
import { FsError, strerror } from '../../../vfs/errors.ts';

const enc = new TextEncoder();

/** A source of text: stdin or a file's bytes. Files are read whole; stdin chunk by chunk. */
export class LineReader {
  private buf = '';
  private eof = false;
  private readonly dec = new TextDecoder('utf-8', { fatal: false });
  private readonly stream: InputStream | null;

  constructor(source: InputStream | Uint8Array) {
    if (source instanceof Uint8Array) {
      this.stream = null;
      this.buf = this.dec.decode(source);
      this.eof = true;
    } else this.stream = source;
  }

  /** The next line including its terminator (absent on an unterminated last line), or null at EOF. */
  async next(sep = '\n'): Promise<string | null> {
    let from = 0;
    for (;;) {
      const i = this.buf.indexOf(sep, from);
      if (i >= 0) {
        const line = this.buf.slice(0, i + 1);
        this.buf = this.buf.slice(i + 1);
        return line;
      }
      if (this.eof) {
        if (this.buf === '') return null;
        const line = this.buf;
        this.buf = '';
        return line;
      }
      from = this.buf.length;
      const chunk = await this.stream!.read();
      if (chunk === null) {
        this.eof = true;
        this.buf += this.dec.decode();
      } else this.buf += this.dec.decode(chunk, { stream: true });
    }
  }

  /** Everything not yet read. */
  async rest(): Promise<string> {
    while (!this.eof) {
      const chunk = await this.stream!.read();
      if (chunk === null) {
        this.eof = true;
        this.buf += this.dec.decode();
      } else this.buf += this.dec.decode(chunk, { stream: true });
    }
    const s = this.buf;
    this.buf = '';
    return s;
  }
}

export type Opened = { ok: true; reader: LineReader; bytes?: Uint8Array } | { ok: false; error: FsError };

/** Rethrow anything that is not a file-system error (EPIPE, interrupts). */
export function asFsError(e: unknown): FsError {
  if (e instanceof FsError) return e;
  throw e;
}

/** Read a whole operand as bytes; `-` is stdin. */
export async function readBytes(ctx: ProcessContext, name: string): Promise<Uint8Array> {
  if (name === '-') return ctx.stdin.readAll();
  return ctx.fs.readFile(name);
}

/** Open an operand for line reading; file errors are returned, not thrown. */
export async function openInput(ctx: ProcessContext, name: string): Promise<Opened> {
  if (name === '-') return { ok: true, reader: new LineReader(ctx.stdin) };
  try {
    const bytes = ctx.fs.readFile(name);
    return { ok: true, reader: new LineReader(bytes), bytes };
  } catch (e) {
    return { ok: false, error: asFsError(e) };
  }
}

export function errText(e: FsError): string {
  return strerror(e.code);
}

/** Split text into lines keeping terminators (the last may lack one). */
export function splitLines(text: string, sep = '\n'): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf(sep, start);
    if (i < 0) break;
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function byteLength(s: string): number {
  return enc.encode(s).length;
}

/** True when the locale's charset is UTF-8 (LC_ALL, then LC_CTYPE, then LANG). */
export function utf8Locale(env: Record<string, string>): boolean {
  const v = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(v);
}

/** GNU's `quote()`: ‘x’ in a UTF-8 locale, 'x' in the C locale. */
export function localeQuote(ctx: ProcessContext, s: string): string {
  return utf8Locale(ctx.env) ? `\u2018${s}\u2019` : `'${s}'`;
}

// Characters after which quotearg's shell-escape style must quote (quotearg.c); # and ~ only lead.
const SHELL_SPECIAL = /[ !"$&()*;<=>?\[\\^`|']/;

/**
 * GNU's shell-escape quoting of file names: `quoteaf` always quotes ('nope'), `quotef` only when
 * needed (nope, 'a b'); "it's" uses double quotes; control characters become $'\t'.
 */
export function shellQuote(s: string, always: boolean): string {
  const hasControl = /[\x00-\x1f\x7f]/.test(s);
  if (!always && s !== '' && !hasControl && !SHELL_SPECIAL.test(s) && !/^[#~]/.test(s)) return s;
  if (!hasControl) {
    if (!s.includes("'")) return `'${s}'`;
    if (!/[$`"\\!]/.test(s)) return `"${s}"`;
    return `'${s.replace(/'/g, "'\\''")}'`;
  }
  let out = '';
  let plain = '';
  const flush = (): void => {
    if (plain !== '') out += `'${plain.replace(/'/g, "'\\''")}'`;
    plain = '';
  };
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || c === 0x7f) {
      flush();
      const named: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };
      out += `$'\\${named[c] ?? c.toString(8).padStart(3, '0')}'`;
    } else plain += ch;
  }
  flush();
  return out;
}

/** Write a diagnostic line `prog: text` to stderr. */
export async function complain(ctx: ProcessContext, prog: string, text: string): Promise<void> {
  await ctx.stderr.write(`${ctx.messagePrefix}${prog}: ${text}\n`);
}
