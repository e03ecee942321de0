/**
 * Streams the interpreter wires processes with: pipes with a bounded buffer (a writer waits while
 * 64 KiB are unread, as a Linux pipe blocks), in-memory input (files, here-documents), captured
 * output (command substitution) and file output through a `WriteHandle`.
 */
import { EpipeError, type InputStream, type OutputStream } from './process.ts';
import type { WriteHandle } from '../vfs/types.ts';
import { concatBytes, utf8 } from '../util/text.ts';

export const PIPE_CAPACITY = 64 * 1024;

function toBytes(d: string | Uint8Array): Uint8Array {
  return typeof d === 'string' ? utf8(d) : d;
}

/** Read everything from a stream. */
async function drain(s: InputStream): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const c = await s.read();
    if (c === null) break;
    parts.push(c);
  }
  return concatBytes(parts);
}

export class Pipe {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private writerClosed = false;
  private readerClosed = false;
  private waitingReader: (() => void) | null = null;
  private waitingWriters: (() => void)[] = [];

  readonly reader: InputStream & { close(): void; unread(d: Uint8Array): void };
  readonly writer: OutputStream & { close(): void };

  constructor() {
    const self = this;
    this.reader = {
      isTTY: false,
      read: () => self.read(),
      readAll: () => drain(self.reader),
      close: () => self.closeReader(),
      unread: (d: Uint8Array) => {
        if (d.length === 0 || self.readerClosed) return;
        self.chunks.unshift(d);
        self.buffered += d.length;
      },
    };
    this.writer = {
      isTTY: false,
      write: (d) => self.write(toBytes(d)),
      close: () => self.closeWriter(),
    };
  }

  private wakeWriters(): void {
    const w = this.waitingWriters;
    this.waitingWriters = [];
    for (const f of w) f();
  }

  private wakeReader(): void {
    const r = this.waitingReader;
    this.waitingReader = null;
    if (r) r();
  }

  private async write(data: Uint8Array): Promise<void> {
    let off = 0;
    while (off < data.length || data.length === 0) {
      if (this.readerClosed) throw new EpipeError();
      if (data.length === 0) return;
      const room = PIPE_CAPACITY - this.buffered;
      if (room <= 0) {
        await new Promise<void>((res) => this.waitingWriters.push(res));
        continue;
      }
      const piece = data.subarray(off, off + room);
      this.chunks.push(piece.slice());
      this.buffered += piece.length;
      off += piece.length;
      this.wakeReader();
    }
  }

  private async read(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.chunks.length > 0) {
        const out = this.chunks.length === 1 ? this.chunks[0] : concatBytes(this.chunks);
        this.chunks = [];
        this.buffered = 0;
        this.wakeWriters();
        return out;
      }
      if (this.writerClosed || this.readerClosed) return null;
      await new Promise<void>((res) => {
        this.waitingReader = res;
      });
    }
  }

  private closeWriter(): void {
    this.writerClosed = true;
    this.wakeReader();
  }

  private closeReader(): void {
    this.readerClosed = true;
    this.chunks = [];
    this.buffered = 0;
    this.wakeWriters();
  }
}

/** Input from bytes known in advance (a file read at open time, a here-document). */
export class BufferInput implements InputStream {
  private data: Uint8Array | null;
  readonly isTTY = false;
  constructor(data: Uint8Array | string) {
    this.data = toBytes(data);
  }
  async read(): Promise<Uint8Array | null> {
    const d = this.data;
    this.data = null;
    return d && d.length > 0 ? d : null;
  }
  async readAll(): Promise<Uint8Array> {
    const d = this.data ?? new Uint8Array(0);
    this.data = null;
    return d;
  }
  /** Give back bytes a reader took too many of (`read` stops at a newline). */
  unread(d: Uint8Array): void {
    if (d.length === 0) return;
    this.data = this.data && this.data.length > 0 ? concatBytes([d, this.data]) : d;
  }
}

export const EMPTY_INPUT: InputStream = {
  isTTY: false,
  read: async () => null,
  readAll: async () => new Uint8Array(0),
};

/** Collects output in memory (command substitution), charging `charge` for each byte. */
export class CaptureOutput implements OutputStream {
  readonly isTTY = false;
  private parts: Uint8Array[] = [];
  private readonly charge: (n: number) => void;
  constructor(charge: (n: number) => void) {
    this.charge = charge;
  }
  async write(d: string | Uint8Array): Promise<void> {
    const b = toBytes(d);
    this.charge(b.length);
    this.parts.push(b.slice());
  }
  bytes(): Uint8Array {
    return concatBytes(this.parts);
  }
}

/** Output into an open file. */
export class FileOutput implements OutputStream {
  readonly isTTY: boolean;
  private readonly handle: WriteHandle;
  private readonly charge: (n: number) => void;
  constructor(handle: WriteHandle, charge: (n: number) => void, isTTY = false) {
    this.handle = handle;
    this.charge = charge;
    this.isTTY = isTTY;
  }
  async write(d: string | Uint8Array): Promise<void> {
    const b = toBytes(d);
    this.charge(b.length);
    this.handle.write(b);
  }
  close(): void {
    this.handle.close();
  }
}

/** Discards everything (a closed descriptor reads as EOF; writes to it fail in the caller). */
export const NULL_OUTPUT: OutputStream = { isTTY: false, write: async () => undefined };
