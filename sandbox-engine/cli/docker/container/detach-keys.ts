/**
 * The detach sequence on a container's terminal (moby/term escapeProxy, used by dockerd for -t
 * containers): typing Ctrl-P Ctrl-Q (or --detach-keys) lets go of the container without stopping
 * it. The keys are not passed on; a partial sequence is held back until the next byte shows it
 * was not one. Recorded from a real engine: `docker attach` and `docker exec -it` then print
 * "read escape sequence" on stderr and exit 1; `docker run -it` exits 0 silently.
 */
import type { InputStream } from '../../../shell/process.ts';
import { concatBytes } from '../../../util/text.ts';

export const DEFAULT_DETACH_KEYS = 'ctrl-p,ctrl-q';
export const ESCAPE_MESSAGE = 'read escape sequence';

/** moby/term ToBytes: `ctrl-a`…`ctrl-z`, `ctrl-@ [ \ ] ^ _`, `DEL`, or single characters. */
export function detachKeyBytes(keys: string): Uint8Array {
  const out: number[] = [];
  for (const key of keys.split(',')) {
    if (key.length === 1) {
      out.push(key.charCodeAt(0));
      continue;
    }
    const m = /^ctrl-([a-z@[\\\]^_])$/.exec(key);
    if (m) out.push(m[1] >= 'a' && m[1] <= 'z' ? m[1].charCodeAt(0) - 0x60 : m[1].charCodeAt(0) - 0x40);
    else if (key === 'DEL') out.push(127);
    else throw new Error(`Unknown character: '${key}'`);
  }
  return Uint8Array.from(out);
}

/**
 * The client's input as the container sees it. When the sequence is typed, `onDetach` runs and
 * the pending read gets an empty chunk (the container keeps its stdin; no end of file).
 */
export function escapeProxy(inner: InputStream, keys: Uint8Array, onDetach: () => void): InputStream {
  let pos = 0;
  let detached = false;
  const read = async (): Promise<Uint8Array | null> => {
    for (;;) {
      if (detached) return new Uint8Array(0);
      const chunk = await inner.read();
      if (chunk === null || keys.length === 0) return chunk;
      const out: number[] = [];
      for (const b of chunk) {
        if (b === keys[pos]) {
          pos++;
          if (pos === keys.length) {
            detached = true;
            onDetach();
            return Uint8Array.from(out);
          }
          continue;
        }
        // Not the sequence after all: what was held back goes through.
        for (let i = 0; i < pos; i++) out.push(keys[i]);
        pos = 0;
        if (b === keys[0]) pos = 1;
        else out.push(b);
      }
      if (out.length > 0) return Uint8Array.from(out);
    }
  };
  return {
    get isTTY() {
      return inner.isTTY;
    },
    read,
    readAll: async () => {
      const parts: Uint8Array[] = [];
      for (;;) {
        const c = await read();
        if (c === null || detached) return concatBytes(parts);
        parts.push(c);
      }
    },
  };
}
