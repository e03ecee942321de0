/** Sandbox "share": the session in the URL fragment, and what opening a link gives back. */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareUrl } from '../../site/lib/progress/share.ts';

const session = {
  seed: 3,
  log: [{ line: 'docker run -d --name w alpine sleep 300' }, { line: 'echo "привет, мир" | tee /tmp/f' }, { line: 'sleep 10', interruptedAtStep: 4 }],
};

describe('share links', () => {
  it('round-trips a log with non-ASCII text and interrupts, in URL-safe characters', () => {
    const hash = encodeShare(session);
    expect(hash).toMatch(/^#log=[A-Za-z0-9_-]+$/);
    expect(decodeShare(hash)).toEqual(session);
    expect(decodeShare(encodeShare({ seed: 1, log: [] }))).toEqual({ seed: 1, log: [] });
  });

  it('encodes JSON of {seed, log} in base64url', () => {
    const hash = encodeShare({ seed: 1, log: [{ line: 'ls' }] });
    const json = Buffer.from(hash.slice('#log='.length), 'base64url').toString('utf8');
    expect(JSON.parse(json)).toEqual({ seed: 1, log: [{ line: 'ls' }] });
  });

  it('ignores other fragments and refuses damaged or tampered links', () => {
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#tasks')).toBeNull();
    const b64 = (v: unknown) => '#log=' + Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
    expect(decodeShare('#log=%%%')).toBe('damaged');
    expect(decodeShare(b64('{"seed":1,"log":['))).toBe('damaged');
    expect(decodeShare(b64({ seed: 'x', log: [] }))).toBe('damaged');
    expect(decodeShare(b64({ seed: 1, log: [{ line: 1 }] }))).toBe('damaged');
    expect(decodeShare(b64([{ line: 'ls' }]))).toBe('damaged');
    expect(decodeShare('#log=' + Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url'))).toBe('damaged');
    // Claimed fields cannot sneak in: only seed and log come back.
    expect(decodeShare(b64({ seed: 1, log: [], exercise: 'layers', results: { passed: 9 } }))).toEqual({ seed: 1, log: [] });
  });

  it('puts the session into the page address, replacing an earlier fragment', () => {
    const s = { seed: 1, log: [{ line: 'ls' }] };
    expect(shareUrl('https://x.test/en/sandbox/', s)).toBe('https://x.test/en/sandbox/' + encodeShare(s));
    expect(shareUrl('https://x.test/en/sandbox/?seed=2#log=old', s)).toBe('https://x.test/en/sandbox/?seed=2' + encodeShare(s));
  });
});
