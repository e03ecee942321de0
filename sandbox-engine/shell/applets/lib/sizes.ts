/**
 * Sizes as the tools print them: allocated blocks (the simulator keeps no `st_blocks`, so it is
 * derived the way ext4 allocates: whole 4 KiB blocks, symlinks and devices none) and human-readable
 * sizes, GNU style (`ls -h`, `du -h`, `df -h`: powers of 1024, rounded up, one decimal below 10) and
 * busybox style (make_human_readable_str: rounded to nearest, one decimal).
 */
import type { Stat } from '../../../vfs/types.ts';

/** st_blocks: 512-byte units allocated. */
export function blocks512(st: Pick<Stat, 'kind' | 'size'>): number {
  if (st.kind !== 'file' && st.kind !== 'dir') return 0;
  return Math.ceil(st.size / 4096) * 8;
}

const UNITS = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** GNU human_readable with human_ceiling | human_autoscale | human_base_1024 | human_SI off. */
export function gnuHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let e = 0;
  let v = bytes;
  while (v >= 1024 && e < UNITS.length - 1) {
    v /= 1024;
    e++;
  }
  // One decimal while the value is below 10, rounded up; that may carry into the next unit.
  if (v < 10) {
    const tenths = Math.ceil(Math.round(v * 1e9) / 1e8);
    if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${UNITS[e]}`;
    return `10${UNITS[e]}`;
  }
  const whole = Math.ceil(Math.round(v * 1e9) / 1e9);
  if (whole >= 1024 && e < UNITS.length - 1) return `1.0${UNITS[e + 1]}`;
  return `${whole}${UNITS[e]}`;
}

/**
 * busybox make_human_readable_str(val, blockSize, displayUnit=0). With blockSize 0 no fraction
 * is shown (`ls -lh` totals, `du -h` uses 1024).
 */
export function bbHuman(val: number, blockSize: number): string {
  if (val === 0) return '0';
  let v = blockSize > 1 ? val * blockSize : val;
  let frac = 0;
  let u = 0;
  let fractional = false;
  while (v >= 1024) {
    fractional = true;
    u++;
    frac = Math.floor(((v % 1024) * 10 + 512) / 1024);
    v = Math.floor(v / 1024);
  }
  if (frac >= 10) {
    v++;
    frac = 0;
  }
  if (blockSize === 0) {
    if (frac >= 5) v++;
    return `${v}${UNITS[u]}`;
  }
  return fractional ? `${v}.${frac}${UNITS[u]}` : `${v}`;
}
