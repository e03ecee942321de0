/**
 * The terminal's input as the simulated commands read it (`cat` with no file, `read`, the shell in
 * `docker run -it`): the page pushes what is typed, a read waits until something arrives.
 *
 * It has the shape of the engine's InputStream (read, readAll, isTTY) without importing engine
 * internals: the site reaches the engine only through its public entry. The session reads it
 * through graders' TypedInput (graders/typed-input.ts), which writes down what each read got (the
 * log entry's `input`) and drops reads a Ctrl-C abandoned; lines nobody read leave through
 * drainLines as type-ahead and are not part of it.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class StdinQueue {
  readonly isTTY = true;
  private chunks: Uint8Array[] = [];
  private waiters: ((chunk: Uint8Array | null) => void)[] = [];
  /** Ctrl-D (or Ctrl-C) with no read waiting: the next read sees end-of-file, once. */
  private eofPending = false;
  /** Called when a read has to wait for the terminal. */
  onWait: (() => void) | undefined;

  push(text: string): void {
    if (text === '') return;
    const chunk = encoder.encode(text);
    const w = this.waiters.shift();
    if (w) w(chunk);
    else this.chunks.push(chunk);
  }

  /** End-of-file for the read waiting now, or else for the next one. */
  signalEof(): void {
    if (this.waiters.length > 0) for (const w of this.waiters.splice(0)) w(null);
    else this.eofPending = true;
  }

  /**
   * Ctrl-C: the session has already failed the read in progress (it races ours), so our side of
   * it is abandoned; end it, or the next line typed would go to a reader that is gone. No
   * end-of-file is left behind: the shell in `docker run -it` goes on reading after a Ctrl-C.
   */
  abandonReads(): void {
    for (const w of this.waiters.splice(0)) w(null);
  }

  /**
   * After a command: what it did not read, as lines without their newlines (type-ahead the shell
   * runs next). A pending end-of-file is forgotten: it was meant for that command.
   */
  drainLines(): string[] {
    this.eofPending = false;
    const text = this.chunks.splice(0).map((c) => decoder.decode(c)).join('');
    if (text === '') return [];
    return text.replace(/\n$/, '').split('\n');
  }

  read(): Promise<Uint8Array | null> {
    // What was typed before the Ctrl-D comes first, as from a terminal.
    const c = this.chunks.shift();
    if (c) return Promise.resolve(c);
    if (this.eofPending) {
      this.eofPending = false;
      return Promise.resolve(null);
    }
    this.onWait?.();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async readAll(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let n = 0;
    for (let c = await this.read(); c !== null; c = await this.read()) {
      parts.push(c);
      n += c.length;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}
