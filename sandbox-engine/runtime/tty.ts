/**
 * What a container's pseudo-terminal does to output on its way to the client (`-t`): the line
 * discipline's ONLCR turns every newline into CR LF, so `docker run -t alpine echo hi` prints
 * "hi\r\n" (recorded from a real engine), and stderr shares the one terminal stream.
 */
import type { OutputStream } from '../shell/process.ts';
import { utf8 } from '../util/text.ts';

/** NL → CR NL, byte for byte. */
export function onlcr(data: string | Uint8Array): Uint8Array {
  const b = typeof data === 'string' ? utf8(data) : data;
  let n = 0;
  for (const x of b) if (x === 0x0a) n++;
  if (n === 0) return b;
  const out = new Uint8Array(b.length + n);
  let j = 0;
  for (const x of b) {
    if (x === 0x0a) out[j++] = 0x0d;
    out[j++] = x;
  }
  return out;
}

/** The client's end of the container's terminal. */
export function ttyOutput(inner: OutputStream): OutputStream {
  return {
    get isTTY() {
      return inner.isTTY;
    },
    write: (d) => inner.write(onlcr(d)),
  };
}
