/**
 * docker/cli display helpers (cli/command/formatter/displayutils.go v28.2.2, moby stringid):
 * `Ellipsis` cuts a string to a display width ending in `…` (U+2026), as `docker ps` does for
 * COMMAND (`"nginx -g 'daemon of…"`); `truncateID` gives the 12-hex short ID.
 */
import { inWide } from './runewidth.ts';

/** golang.org/x/text/width: Wide and Fullwidth count 2, everything else 1. */
function charWidth(ch: string): number {
  return inWide(ch.codePointAt(0) as number) ? 2 : 1;
}

/** formatter.Ellipsis(s, maxDisplayWidth). */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const rs = Array.from(s);
  if (maxDisplayWidth === 1) return rs[0] ?? '';
  const byteLen = new TextEncoder().encode(s).length;
  if (byteLen === rs.length) {
    if (byteLen <= maxDisplayWidth) return s;
    return rs.slice(0, maxDisplayWidth - 1).join('') + '…';
  }
  const display: number[] = [];
  let w = 0;
  for (const r of rs) {
    w += charWidth(r);
    display.push(w);
  }
  if (w <= maxDisplayWidth) return s;
  for (let i = 0; i < display.length - 1; i++) {
    if (display[i] <= maxDisplayWidth - 1 && display[i + 1] > maxDisplayWidth - 1) return rs.slice(0, i + 1).join('') + '…';
  }
  return s;
}

/** stringid.TruncateID: drop an algorithm prefix (`sha256:`), keep 12 characters. */
export function truncateID(id: string): string {
  const i = id.indexOf(':');
  if (i >= 0) id = id.slice(i + 1);
  return id.length > 12 ? id.slice(0, 12) : id;
}

/** formatter.PrettyPrint (used for some status words): capitalise the first letter. */
export function prettyPrint(v: string | null): string {
  if (v === null) return 'None';
  if (v.length === 0) return v;
  if (v.length === 1) return v.toLowerCase();
  return v[0].toUpperCase() + v.slice(1).toLowerCase();
}
