/**
 * Byte-level input for head and tail: a file is one chunk, stdin arrives chunk by chunk so a
 * reader can stop early (`yes | head -n 3`).
 */
import type { ProcessContext } from '../../process.ts';
import type { FsError } from '../../../vfs/errors.ts';
import { asFsError } from './text-io.ts';
import { concatBytes } from '../../../util/text.ts';

export interface ByteSource {
  next(): Promise<Uint8Array | null>;
}

export type OpenedBytes = { ok: true; src: ByteSource } | { ok: false; error: FsError };

export function openBytes(ctx: ProcessContext, name: string): OpenedBytes {
  if (name === '-') return { ok: true, src: { next: () => ctx.stdin.read() } };
  try {
    // Chunked, so endless devices (`head -c 1M /dev/zero`) keep giving data.
    const h = ctx.fs.openRead(name);
    return { ok: true, src: { next: async () => h.read() } };
  } catch (e) {
    return { ok: false, error: asFsError(e) };
  }
}

export async function drain(ctx: ProcessContext, src: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const c = await src.next();
    if (c === null) break;
    ctx.tick();
    parts.push(c);
  }
  return parts.length === 1 ? parts[0] : concatBytes(parts);
}

/** Offsets just past each newline, in order. */
export function newlineEnds(data: Uint8Array): number[] {
  const ends: number[] = [];
  for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) ends.push(i + 1);
  return ends;
}
