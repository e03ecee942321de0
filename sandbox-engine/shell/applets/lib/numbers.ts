/** Count arguments such as `head -n 2k`: digits with an optional multiplier suffix. */

const GNU_SUFFIX: Record<string, number> = {
  '': 1,
  b: 512,
  k: 1024,
  K: 1024,
  KiB: 1024,
  kB: 1000,
  KB: 1000,
  M: 1024 ** 2,
  m: 1024 ** 2,
  MiB: 1024 ** 2,
  MB: 1000 ** 2,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
  GB: 1000 ** 3,
  T: 1024 ** 4,
  TiB: 1024 ** 4,
  TB: 1000 ** 4,
};

// busybox's bkm_suffixes (head, tail).
const BB_SUFFIX: Record<string, number> = { '': 1, b: 512, k: 1024, m: 1024 * 1024 };

/** Parse an unsigned count with a size suffix; null when it is not one. */
export function parseCount(s: string, flavour: 'gnu' | 'busybox'): number | null {
  const m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (!m) return null;
  const table = flavour === 'gnu' ? GNU_SUFFIX : BB_SUFFIX;
  const mult = table[m[2]];
  if (mult === undefined) return null;
  return Number(m[1]) * mult;
}

/** A plain decimal integer as strtol would take it whole (optional sign, leading blanks). */
export function parseInteger(s: string): number | null {
  const m = /^\s*([+-]?\d+)$/.exec(s);
  return m ? Number(m[1]) : null;
}
