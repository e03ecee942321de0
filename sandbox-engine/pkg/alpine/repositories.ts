/**
 * The repositories /etc/apk/repositories names, their index caches and what `apk update` says
 * about them. Every line naming dl-cdn (or any mirror) for v3.20 main/community is served by the
 * offline index; other lines are repositories that never answer.
 *
 * Index cache files are named as apk-tools 2.14 names them: `APKINDEX.<first 4 bytes of the
 * SHA-1 of the index URL, in hex>.tar.gz` (database.c apk_repo_format_cache_index; checked: the
 * recording repository's cache file came out as that hash of its URL).
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8 } from '../../util/text.ts';
import type { FileSystem } from '../../vfs/types.ts';

export interface Repository {
  /** The line as written in /etc/apk/repositories. */
  url: string;
  /** 'main' or 'community' when the offline index serves it. */
  served?: 'main' | 'community';
}

/**
 * `apk update` description lines and the package count of the real v3.20 repositories on one
 * day (a `RUN apk update` in a docker build of alpine:3.20.3, Nov 2024, published build log).
 */
export const REPO_DESCRIPTIONS: Record<'main' | 'community', string> = {
  main: 'v3.20.3-251-g06adbb4ec1d',
  community: 'v3.20.3-248-g1d7b309371b',
};
export const DISTINCT_PACKAGES = 24165;

/**
 * Cache file sizes. Not known from a listing: chosen so that alpine:3.20.3 plus
 * `RUN apk update && apk add --no-cache curl` comes out at the 15.5MB `docker images` showed for
 * that build (same log), given curl's files. Estimates.
 */
export const INDEX_SIZES: Record<'main' | 'community', number> = { main: 580_000, community: 1_150_000 };

export function readRepositories(fs: FileSystem): Repository[] {
  let text = '';
  try {
    text = fs.readText('/etc/apk/repositories');
  } catch {
    return [];
  }
  const out: Repository[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /\/v3\.20\/(main|community)\/?$/.exec(line);
    out.push({ url: line, served: m ? (m[1] as 'main' | 'community') : undefined });
  }
  return out;
}

export function indexUrl(repo: Repository, arch = 'x86_64'): string {
  return `${repo.url.replace(/\/$/, '')}/${arch}/APKINDEX.tar.gz`;
}

export function cacheFileName(repo: Repository, arch = 'x86_64'): string {
  return `APKINDEX.${bytesToHex(sha1(utf8(indexUrl(repo, arch)))).slice(0, 8)}.tar.gz`;
}
