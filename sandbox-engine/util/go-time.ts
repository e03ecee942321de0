/**
 * Go's time.Time.String() for virtual-clock milliseconds in UTC (the simulated host's zone):
 * `2026-01-05 09:00:00.123 +0000 UTC`, fraction without trailing zeros; 0 ms is Go's zero time
 * `0001-01-01 00:00:00 +0000 UTC`. What templates print for a time.Time field, and what
 * `docker ps --format '{{.CreatedAt}}'` shows (time.Unix(sec, 0).String()).
 */
export function goTimeString(ms: number): string {
  if (ms === 0) return '0001-01-01 00:00:00 +0000 UTC';
  const iso = new Date(ms).toISOString(); // 2026-01-05T09:00:00.123Z
  const [date, rest] = iso.slice(0, -1).split('T');
  const [clock, frac = ''] = rest.split('.');
  const f = frac.replace(/0+$/, '');
  return `${date} ${clock}${f ? `.${f}` : ''} +0000 UTC`;
}
