/**
 * Seeded randomness (SplitMix32 stream over a 32-bit state): IDs, names and "random" bytes all come
 * from here so a seed reproduces a whole session.
 */
export interface Random {
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** n pseudo-random bytes. */
  bytes(n: number): Uint8Array;
  /** Lowercase hex string of n bytes (2n characters). */
  hex(nBytes: number): string;
  /** Integer in [0, n). */
  below(n: number): number;
  /** State for serialization. */
  state(): number;
}

export class SeededRandom implements Random {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  static restore(state: number): SeededRandom {
    return new SeededRandom(state);
  }
  nextUint32(): number {
    this.s = (this.s + 0x9e3779b9) >>> 0;
    let z = this.s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      let v = this.nextUint32();
      for (let j = 0; j < 4 && i + j < n; j++) {
        out[i + j] = v & 0xff;
        v >>>= 8;
      }
    }
    return out;
  }
  hex(nBytes: number): string {
    let s = '';
    for (const b of this.bytes(nBytes)) s += b.toString(16).padStart(2, '0');
    return s;
  }
  below(n: number): number {
    return n <= 1 ? 0 : this.nextUint32() % n;
  }
  state(): number {
    return this.s;
  }
}
