/**
 * Standard input for the simulated commands (`cat` with no file, `read`), fed from the real one.
 *
 * A ByteQueue is an InputStream that someone pushes chunks into. `signalEof()` gives a reader
 * end-of-file: on Ctrl-C the session's interrupt lands at the command's next step, and a command
 * blocked in `read()` would otherwise never take one.
 */
import type { InputStream } from '../../sandbox-engine/shell/process.ts';
import { concatBytes } from '../../sandbox-engine/util/text.ts';

export class ByteQueue implements InputStream {
  private chunks: Uint8Array[] = [];
  private waiters: ((chunk: Uint8Array | null) => void)[] = [];
  private ended = false;
  /** A terminal's Ctrl-D: the next read (or the one waiting) sees end-of-file, once. */
  private eofOnce = false;
  /** Called the first time anyone reads, so a real stream is only tapped when needed. */
  onFirstRead: (() => void) | undefined;

  readonly isTTY: boolean;

  constructor(isTTY: boolean) {
    this.isTTY = isTTY;
  }

  push(chunk: Uint8Array): void {
    if (this.ended || chunk.length === 0) return;
    const w = this.waiters.shift();
    if (w) w(chunk);
    else this.chunks.push(chunk);
  }

  end(): void {
    this.ended = true;
    for (const w of this.waiters.splice(0)) w(null);
  }

  /**
   * Ctrl-D at a terminal, or Ctrl-C: end-of-file for the read waiting now, or else for the next
   * one (a Ctrl-C may land before the command has reached its read).
   */
  signalEof(): void {
    if (this.waiters.length > 0) for (const w of this.waiters.splice(0)) w(null);
    else this.eofOnce = true;
  }

  /**
   * Ctrl-C: the session fails the read in progress itself, so the reader waiting here is gone;
   * release it without leaving an end-of-file behind (a container shell in `docker run -it` goes
   * on reading after a Ctrl-C and must not see one).
   */
  abandonReads(): void {
    for (const w of this.waiters.splice(0)) w(null);
  }

  /** Take back what nobody read (typed ahead at a terminal: it becomes the shell's next input). */
  drain(): Uint8Array[] {
    this.eofOnce = false;
    return this.chunks.splice(0);
  }

  read(): Promise<Uint8Array | null> {
    if (this.onFirstRead) {
      const f = this.onFirstRead;
      this.onFirstRead = undefined;
      f();
    }
    if (this.eofOnce) {
      this.eofOnce = false;
      return Promise.resolve(null);
    }
    const c = this.chunks.shift();
    if (c) return Promise.resolve(c);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async readAll(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (let c = await this.read(); c !== null; c = await this.read()) parts.push(c);
    return concatBytes(parts);
  }
}

/** The process's real standard input as a ByteQueue, read only once a command asks for it. */
export function stdinQueue(stream: NodeJS.ReadStream): ByteQueue {
  const q = new ByteQueue(Boolean(stream.isTTY));
  q.onFirstRead = () => {
    stream.on('data', (b: Buffer) => q.push(new Uint8Array(b.buffer, b.byteOffset, b.length)));
    stream.on('end', () => q.end());
    stream.on('error', () => q.end());
  };
  return q;
}

/** An input that is at end-of-file from the start. */
export function emptyInput(): ByteQueue {
  const q = new ByteQueue(false);
  q.end();
  return q;
}
