/**
 * A sandbox session in a link: `#log=` + base64url of the JSON `{"seed":N,"log":[{line...}]}`
 * (log entries as in a submission file, with the terminal input their commands read).
 * Opening such a link replays the log on a fresh host with that seed. Decoding goes through the
 * graders' submission reader, so a tampered link is refused like a damaged file.
 */
import type { LogEntry } from '../../../graders/model.ts';
import { FORMAT_VERSION, SUBMISSION_FORMAT, readSubmissions } from '../../../graders/submission.ts';

export interface SharedSession {
  seed: number;
  log: LogEntry[];
}

const PREFIX = '#log=';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The URL fragment (with its `#`) for a session. */
export function encodeShare(s: SharedSession): string {
  // Only what the reader takes back: the line, a Ctrl-C's step, and the input the command read.
  const log = s.log.map((e) => {
    const out: LogEntry = { line: e.line };
    if (e.interruptedAtStep !== undefined) out.interruptedAtStep = e.interruptedAtStep;
    if (e.input !== undefined) out.input = e.input;
    return out;
  });
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify({ seed: s.seed, log })));
}

/**
 * The session in a URL fragment: null when the fragment is not a shared log at all, 'damaged'
 * when it is one but cannot be read.
 */
export function decodeShare(hash: string): SharedSession | 'damaged' | null {
  if (!hash.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(hash.slice(PREFIX.length));
  if (!bytes) return 'damaged';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'damaged';
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'damaged';
  const r = readSubmissions(JSON.stringify({ ...data, format: SUBMISSION_FORMAT, version: FORMAT_VERSION, exercise: 'sandbox' }));
  return r.ok ? { seed: r.submissions[0].seed, log: r.submissions[0].log } : 'damaged';
}

/** The page's address with the session in its fragment (any earlier fragment replaced). */
export function shareUrl(href: string, s: SharedSession): string {
  const i = href.indexOf('#');
  return (i < 0 ? href : href.slice(0, i)) + encodeShare(s);
}
