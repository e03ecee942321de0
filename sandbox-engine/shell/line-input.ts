/**
 * Reading one line from a stream that delivers chunks: the rest goes back into the stream (pipes
 * and in-memory inputs take it back through `unread`), so `read` and `cat` after it see the same
 * bytes a real file descriptor would give them.
 */
import type { InputStream } from './process.ts';

/** Unread bytes left over per input stream (a stream delivers chunks; read takes one line). */
const leftovers = new WeakMap<InputStream, Uint8Array>();

export async function readLine(input: InputStream, delim: number, max: number, raw: boolean): Promise<{ line: Uint8Array; eof: boolean }> {
  const out: number[] = [];
  let buf = leftovers.get(input) ?? new Uint8Array(0);
  leftovers.delete(input);
  let i = 0;
  for (;;) {
    if (i >= buf.length) {
      const c = await input.read();
      if (c === null) return { line: Uint8Array.from(out), eof: true };
      buf = c;
      i = 0;
      continue;
    }
    const byte = buf[i++];
    if (byte === delim) {
      if (!raw && out.length > 0 && out[out.length - 1] === 0x5c && !escapedBackslash(out)) {
        // backslash-newline: a continued line
        out.pop();
        continue;
      }
      if (i < buf.length) pushBack(input, buf.subarray(i));
      return { line: Uint8Array.from(out), eof: false };
    }
    out.push(byte);
    if (max >= 0 && out.length >= max) {
      if (i < buf.length) pushBack(input, buf.subarray(i));
      return { line: Uint8Array.from(out), eof: false };
    }
  }
}

/** Return unread bytes to the stream (pipes and buffers take them back; others keep them here). */
function pushBack(input: InputStream, rest: Uint8Array): void {
  const u = (input as InputStream & { unread?: (d: Uint8Array) => void }).unread;
  if (u) u.call(input, rest.slice());
  else leftovers.set(input, rest.slice());
}

/** Whether the trailing backslash in `out` is itself escaped (an even run of backslashes). */
function escapedBackslash(out: number[]): boolean {
  let n = 0;
  for (let k = out.length - 1; k >= 0 && out[k] === 0x5c; k--) n++;
  return n % 2 === 0;
}

