/**
 * The default IPAM driver's address pool for one IPv4 subnet (moby v28.5.2
 * libnetwork/ipams/defaultipam): the network address and the broadcast address are never handed
 * out, the gateway is taken when the network is created, and each endpoint gets the lowest free
 * address: `getAddress` with serial=false (allocator.go:284; the serial option,
 * `com.docker.network.ipam.serial`, is not set for bridge networks), so an address freed by a
 * stopped container is the next one given out.
 *
 *   const pool = Ipv4Pool.parse('172.17.0.0/16');
 *   pool.take('172.17.0.1');   // the gateway
 *   pool.allocate();           // '172.17.0.2'
 *   pool.release('172.17.0.2');
 */

/** Dotted quad → 32-bit unsigned number. */
export function parseIPv4(addr: string): number {
  const parts = addr.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new Error(`not an IPv4 address: ${addr}`);
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** 32-bit unsigned number → dotted quad. */
export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
}

export class Ipv4Pool {
  readonly base: number;
  readonly prefixLen: number;
  private readonly used = new Set<number>();

  constructor(base: number, prefixLen: number) {
    this.base = base;
    this.prefixLen = prefixLen;
  }

  static parse(cidr: string): Ipv4Pool {
    const [addr, len] = cidr.split('/');
    return new Ipv4Pool(parseIPv4(addr), Number(len));
  }

  get size(): number {
    return 2 ** (32 - this.prefixLen);
  }

  get subnet(): string {
    return `${formatIPv4(this.base)}/${this.prefixLen}`;
  }

  /** Mark an address as used (the gateway; an address restored from saved state). */
  take(addr: string): void {
    this.used.add(parseIPv4(addr) - this.base);
  }

  /** The lowest free host address, or null when the subnet is full (ipamapi.ErrNoAvailableIPs). */
  allocate(): string | null {
    // Offsets 0 (network) and size-1 (broadcast) are reserved.
    for (let off = 1; off < this.size - 1; off++) {
      if (this.used.has(off)) continue;
      this.used.add(off);
      return formatIPv4(this.base + off);
    }
    return null;
  }

  release(addr: string): void {
    this.used.delete(parseIPv4(addr) - this.base);
  }

  /** The addresses in use, lowest first (for saving). */
  inUse(): string[] {
    return [...this.used].sort((a, b) => a - b).map((off) => formatIPv4(this.base + off));
  }
}
