/**
 * `until=` / `before=` timestamps as the daemon reads them (moby v28.5.2 api/types/time
 * GetTimestamp + ParseTimestamps): a Go duration counted back from now (`10m`, `1h30m`), a Unix
 * time (`1700000000`, `1700000000.5`), or an RFC 3339-like date (`2026-01-05`,
 * `2026-01-05T09:00:00Z`, local times taken as UTC, the simulated host's zone).
 * Returns milliseconds since the epoch.
 */
import { invalidParameter } from '../errdefs/errors.ts';
import { parseDuration } from '../cli/go/duration.ts';

export function getTimestamp(value: string, nowMs: number): number {
  if (value !== '0') {
    try {
      const ns = parseDuration(value);
      // reference.Add(-d).Unix(): whole seconds.
      return Math.floor((nowMs - Number(ns / 1_000_000n)) / 1000) * 1000;
    } catch {
      // not a duration
    }
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    const [s, frac = ''] = value.split('.');
    return Number(s) * 1000 + Math.trunc(Number(`0.${frac || '0'}`) * 1000);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(\.\d+)?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (m) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${zone.toUpperCase()}`;
    const t = Date.parse(iso);
    if (!Number.isNaN(t)) return t;
  }
  if (value.includes('-')) throw invalidParameter(`parsing time "${value}" as "2006-01-02": cannot parse "${value}" as "2006-01-02"`);
  throw invalidParameter(`failed to parse value as time or duration: "${value}"`);
}
