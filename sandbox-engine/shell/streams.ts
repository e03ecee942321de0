/** Simple stream ends: fixed input, empty input, collected output, and output to a callback. */
import type { InputStream, OutputStream } from './process.ts';
import { concatBytes, fromUtf8, utf8 } from '../util/text.ts';

export class BytesInput implements InputStream {
  private data: Uint8Array | null;
  readonly isTTY: boolean;
  constructor(data: Uint8Array | string, isTTY = false) {
    this.data = typeof data === 'string' ? utf8(data) : data;
    this.isTTY = isTTY;
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
}

export const EMPTY_INPUT: InputStream = {
  isTTY: false,
  read: async () => null,
  readAll: async () => new Uint8Array(0),
};

export class CollectingOutput implements OutputStream {
  private chunks: Uint8Array[] = [];
  readonly isTTY: boolean;
  constructor(isTTY = false) {
    this.isTTY = isTTY;
  }
  async write(data: string | Uint8Array): Promise<void> {
    this.chunks.push(typeof data === 'string' ? utf8(data) : data.slice());
  }
  bytes(): Uint8Array {
    return concatBytes(this.chunks);
  }
  text(): string {
    return fromUtf8(this.bytes());
  }
}

export class CallbackOutput implements OutputStream {
  readonly isTTY: boolean;
  private readonly fn: (data: Uint8Array) => void;
  constructor(fn: (data: Uint8Array) => void, isTTY = false) {
    this.fn = fn;
    this.isTTY = isTTY;
  }
  async write(data: string | Uint8Array): Promise<void> {
    this.fn(typeof data === 'string' ? utf8(data) : data);
  }
}
