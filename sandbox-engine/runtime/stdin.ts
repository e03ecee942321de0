/**
 * A container's standard input as containerd's stdin FIFO (or the pty with -t) gives it:
 *
 * - without -i and -t: /dev/null, reads end at once;
 * - with -t only: the terminal nobody types into, reads wait forever (`docker run -dt alpine sh`
 *   keeps running);
 * - with -i: a pipe that clients connect to (`docker run -i`, `docker start -i`, `docker attach`).
 *   While nobody is connected, reads wait. When a client's input ends: with StdinOnce (what an
 *   attached `run -i` / `create -i` sets) the container's stdin closes, otherwise it stays open for
 *   the next client (`run -d -i`).
 * - with -i and -t: the client's terminal is in raw mode and feeds the container's pty, whose line
 *   discipline turns Ctrl-D into a zero-length read for whoever reads then: that read gets end of
 *   file, the client stays connected and the next read waits for more. Recorded (CLI 28.2.2 in a
 *   pty): in `docker run -it alpine sh`, `cat > /f`, `hello`, Ctrl-D ends cat, the shell prompts
 *   again and `cat /f` shows hello; Ctrl-D at the prompt then ends the shell (status 0). With -i
 *   alone a Ctrl-D ends the client's input: `docker run -i alpine sh -c 'cat > /f; read x; echo
 *   $?'` prints 1 after cat (stdin closed), and `docker run -i alpine sh` exits there.
 *
 * `waiting` tells whether a read is blocked on input right now: a client waiting for the container
 * then does not drive virtual time (the process waits for a person, not for the clock).
 *
 * Example:
 *   const stdin = new ContainerStdin({ tty: false, open: true, once: true });
 *   const conn = stdin.connect(clientStdin);   // conn.ended resolves at the client's EOF
 */
import type { InputStream } from '../shell/process.ts';
import { concatBytes } from '../util/text.ts';

export interface StdinMode {
  tty: boolean;
  /** Config.OpenStdin (-i). */
  open: boolean;
  /** Config.StdinOnce: close the container's stdin when the attached client's input ends. */
  once: boolean;
}

interface Source {
  input: InputStream;
  end: () => void;
}

export class ContainerStdin implements InputStream {
  readonly isTTY: boolean;
  private readonly mode: StdinMode;
  private source: Source | null = null;
  private back: Uint8Array[] = [];
  private eof = false;
  private wakers: Array<() => void> = [];
  private reads = 0;

  constructor(mode: StdinMode) {
    this.mode = mode;
    this.isTTY = mode.tty;
  }

  /** True while a read waits for input. */
  get waiting(): boolean {
    return this.reads > 0 && this.back.length === 0;
  }

  /**
   * Connect a client's input (only for -i containers; otherwise nothing is read from it).
   * `ended` resolves when that input reaches its end, is replaced, or the container stops.
   */
  connect(input: InputStream): { ended: Promise<void>; detach(): void } {
    if (!this.mode.open || this.eof) return { ended: Promise.resolve(), detach: () => undefined };
    let end!: () => void;
    const ended = new Promise<void>((r) => (end = r));
    this.source?.end();
    const src: Source = { input, end };
    this.source = src;
    this.wakeAll();
    return {
      ended,
      detach: () => {
        if (this.source === src) this.source = null;
        end();
      },
    };
  }

  /** Let go of a client's input (detach keys) without closing the container's stdin. */
  disconnect(input: InputStream): void {
    const src = this.source;
    if (src?.input !== input) return;
    this.source = null;
    src.end();
  }

  /** The container stopped: pending and later reads see end of file. */
  close(): void {
    this.eof = true;
    this.source?.end();
    this.source = null;
    this.wakeAll();
  }

  private wakeAll(): void {
    const w = this.wakers;
    this.wakers = [];
    for (const f of w) f();
  }

  unread(d: Uint8Array): void {
    if (d.length > 0) this.back.unshift(d.slice());
  }

  async read(): Promise<Uint8Array | null> {
    this.reads++;
    try {
      return await this.next();
    } finally {
      this.reads--;
    }
  }

  private async next(): Promise<Uint8Array | null> {
    for (;;) {
      const b = this.back.shift();
      if (b) return b;
      if (this.eof || (!this.mode.open && !this.mode.tty)) return null;
      const src = this.source;
      if (src) {
        const chunk = await src.input.read();
        if (this.source !== src) {
          // Replaced or detached while reading: the data was taken from this client, keep it.
          if (chunk && chunk.length > 0) this.back.push(chunk);
          continue;
        }
        if (chunk !== null && chunk.length === 0) continue;
        if (chunk !== null) return chunk;
        // Ctrl-D on the container's terminal: end of file for this read only.
        if (this.mode.tty) return null;
        this.source = null;
        src.end();
        if (this.mode.once) this.eof = true;
        continue;
      }
      await new Promise<void>((r) => this.wakers.push(r));
    }
  }

  async readAll(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (;;) {
      const c = await this.read();
      if (c === null) return concatBytes(parts);
      parts.push(c);
    }
  }
}
