/**
 * The input of a shell that reads its commands from stdin, shared with the commands it runs.
 * GNU bash reads a pipe one byte at a time, so it takes exactly one line and the next line is
 * left for its commands (`printf 'read x\ntyped\necho x=$x\n' | bash` prints x=typed); ash and
 * dash read a whole buffer and keep it (the same input gives `typed: not found`, x=). Recorded
 * with bash 5.2, dash 0.5.12 and busybox 1.35 on this machine.
 */
import type { InputStream } from './process.ts';
import { concatBytes } from '../util/text.ts';

export class ShellInput implements InputStream {
  private readonly inner: InputStream;
  private back: Uint8Array | null = null;
  private readonly decoder = new TextDecoder();

  constructor(inner: InputStream) {
    this.inner = inner;
  }

  get isTTY(): boolean {
    return this.inner.isTTY;
  }

  /** Commands' reads: what the shell left first, then the stream. */
  async read(): Promise<Uint8Array | null> {
    if (this.back) {
      const b = this.back;
      this.back = null;
      return b;
    }
    return this.inner.read();
  }

  /** Bytes a command read too many (`read` takes one line) go back for the next reader. */
  unread(d: Uint8Array): void {
    this.back = this.back ? concatBytes([d, this.back]) : d;
  }

  async readAll(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (let c = await this.read(); c !== null; c = await this.read()) parts.push(c);
    return concatBytes(parts);
  }

  /** The shell's own read: a line (`byLine`, bash) or all that one read brings (ash, dash). */
  async next(byLine: boolean): Promise<string | null> {
    const d = await this.read();
    if (d === null) return this.decoder.decode() || null;
    if (byLine) {
      const nl = d.indexOf(10);
      if (nl >= 0 && nl + 1 < d.length) {
        this.back = d.subarray(nl + 1);
        return this.decoder.decode(d.subarray(0, nl + 1), { stream: true });
      }
    }
    return this.decoder.decode(d, { stream: true });
  }
}
