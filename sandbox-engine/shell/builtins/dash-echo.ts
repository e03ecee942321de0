/**
 * dash's echo: backslash escapes are always on and there are no options but a first `-n`
 * (`echo -e x` prints `-e x`; `echo -n -n x` prints `-n x`). The escapes are those of printf's
 * %b: \a \b \f \n \r \t \v \\ \e, \NNN and \0NNN octal (up to three digits), \c stops all output;
 * any other backslash stays. Recorded from dash 0.5.12.
 */
import type { Builtin, BuiltinContext } from './types.ts';

const enc = new TextEncoder();

const SIMPLE: Record<number, number> = {
  0x5c: 0x5c, // \\
  0x61: 7, // \a
  0x62: 8, // \b
  0x65: 27, // \e
  0x66: 12, // \f
  0x6e: 10, // \n
  0x72: 13, // \r
  0x74: 9, // \t
  0x76: 11, // \v
};

function isOct(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x37;
}

/**
 * One escape at `s[i]` (just after the backslash), as dash's conv_escape reads it: the byte it
 * stands for and where reading goes on. Not an escape: a backslash, and the same position.
 */
export function dashEscape(s: Uint8Array, i: number): { value: number; next: number } {
  const c = s[i];
  if (isOct(c)) {
    let v = 0;
    let n = 0;
    while (n < 3 && isOct(s[i])) {
      v = v * 8 + (s[i] - 0x30);
      i++;
      n++;
    }
    return { value: v & 0xff, next: i };
  }
  if (c !== undefined && c in SIMPLE) return { value: SIMPLE[c], next: i + 1 };
  return { value: 0x5c, next: i };
}

/**
 * An argument as echo and printf's %b print it: appends its bytes to `out`; true when `\c` asked
 * to stop all output.
 */
export function dashEscapeString(arg: string, out: number[]): boolean {
  const s = enc.encode(arg);
  let i = 0;
  while (i < s.length) {
    const b = s[i++];
    if (b !== 0x5c) {
      out.push(b);
      continue;
    }
    if (s[i] === 0x63) return true; // \c
    // %b octal is \0 and up to three digits; a bare \0 is a NUL byte.
    if (s[i] === 0x30 && isOct(s[i + 1])) i++;
    const e = dashEscape(s, i);
    out.push(e.value);
    i = e.next;
  }
  return false;
}

async function run(b: BuiltinContext): Promise<number> {
  let args = b.argv.slice(1);
  let newline = true;
  if (args[0] === '-n') {
    newline = false;
    args = args.slice(1);
  }
  const out: number[] = [];
  let stopped = false;
  for (let i = 0; i < args.length && !stopped; i++) {
    if (i > 0) out.push(0x20);
    stopped = dashEscapeString(args[i], out);
  }
  if (newline && !stopped) out.push(10);
  if (out.length > 0) await b.stdout.write(Uint8Array.from(out));
  return 0;
}

export const dashEcho: Builtin = { name: 'echo', run };
