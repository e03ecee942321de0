/**
 * What the service worker precaches, and the version that names its cache: pure functions over
 * the list of built files, so they are tested in Node (test/site/pages-sw.test.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A built file: its path relative to the output directory ('/'-separated) and its bytes. */
export interface BuiltFile {
  path: string;
  bytes: Uint8Array;
}

/** The service worker's own file: never precached (the browser updates it by itself). */
export const SW_FILE = 'sw.js';

/**
 * The URL each built file is requested by: pages by their directory ('ru/index.html' → '/ru/'),
 * everything else by its path. Sorted, so the same build gives the same list.
 */
export function precacheUrls(paths: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const path of paths) {
    if (path === SW_FILE) continue;
    if (path === 'index.html') urls.add('/');
    else if (path.endsWith('/index.html')) urls.add(`/${path.slice(0, -'index.html'.length)}`);
    else urls.add(`/${path}`);
  }
  return [...urls].sort();
}

/** A short hash of every file's path and bytes: any change to the build gives a new version. */
export function buildVersion(files: readonly BuiltFile[]): string {
  const sorted = [...files].filter((f) => f.path !== SW_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts: Uint8Array[] = [];
  for (const f of sorted) {
    parts.push(utf8ToBytes(`${f.path}\0${f.bytes.length}\0`), sha256(f.bytes));
  }
  let total = 0;
  for (const p of parts) total += p.length;
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return bytesToHex(sha256(all)).slice(0, 16);
}

/** The text of sw.js: the build's constants, then the worker's code (sw-template.js). */
export function serviceWorkerSource(version: string, urls: readonly string[], template: string): string {
  return `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls, null, 0)};\n${template}`;
}
