/**
 * Random identifiers of the storage layer, from the engine's seeded Random so a seed replays them:
 * - cache ids (overlay2 directory names) and mount ids: moby `stringid.GenerateRandomID`, 32
 *   random bytes as hex, drawn again while the 12-character short form is all digits (it doubles
 *   as a hostname);
 * - overlay2 `link` ids: `overlayutils.GenerateID(26)`, (26*5+7)/8 = 17 random bytes in standard
 *   base32 (A-Z, 2-7), cut to 26 characters.
 */
import type { Random } from '../util/random.ts';

export function generateRandomID(random: Random): string {
  for (;;) {
    const id = random.hex(32);
    if (!/^[0-9]{12}/.test(id)) return id;
  }
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 with padding, as Go's base32.StdEncoding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buf = 0;
  let bits = 0;
  for (const b of bytes) {
    buf = (buf << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buf >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buf &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buf << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

export const LINK_ID_LENGTH = 26;

export function generateLinkID(random: Random): string {
  const size = Math.floor((LINK_ID_LENGTH * 5 + 7) / 8);
  return base32(random.bytes(size)).slice(0, LINK_ID_LENGTH);
}
