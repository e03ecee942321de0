/** Go time formatting of virtual-clock milliseconds (UTC). */

/** Go's zero time, as the API prints an unset time. */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** time.RFC3339Nano: trailing zeros of the fraction trimmed; 0 ms means Go's zero time. */
export function rfc3339Nano(ms: number): string {
  if (ms === 0) return GO_ZERO_TIME;
  const iso = new Date(ms).toISOString(); // 2026-01-05T09:00:00.123Z
  const [base, frac] = iso.slice(0, -1).split('.');
  const f = (frac ?? '').replace(/0+$/, '');
  return `${base}${f ? `.${f}` : ''}Z`;
}

/** time.RFC3339 (no fraction). */
export function rfc3339(ms: number): string {
  if (ms === 0) return GO_ZERO_TIME;
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}
