/**
 * What BuildKit says when it reaches out of the machine and cannot, and when an image named by
 * COPY --from / RUN --mount from= cannot be resolved.
 *
 * - ADD <http(s) URL>: the simulated host has no network. BuildKit's HTTP source fails while
 *   computing its cache key (bk:source/http/source.go client.Do; bk:solver/edge.go:345 wraps
 *   `failed to load cache key`), with Go's net/http text naming the resolver from the daemon's
 *   /etc/resolv.conf. Recorded with BuildKit on a machine without network:
 *     #5 ERROR: Get "https://example.com/file.txt": dial tcp: lookup example.com on 10.255.255.53:53: no such host
 *     failed to load cache key: Get "https://example.com/file.txt": dial tcp: lookup example.com on 10.255.255.53:53: no such host
 * - image resolution (BuildKit v0.25.2 dockerfile2llb convert.go:521-523 wraps the metadata
 *   resolver's error as `<name as written>: failed to resolve source metadata for <ref>: <err>`,
 *   client/llb/sourceresolver/imageresolver.go:51); the registry part is containerd's resolver
 *   (remotes/docker/resolver.go:311 `pull access denied, repository does not exist or may require
 *   authorization: %w` around BuildKit's util/resolver/authorizer.go:433 `server message:
 *   insufficient_scope: authorization failed`, which Docker Hub answers for a repository that does
 *   not exist; :318 `<ref>: not found` for an unknown tag; :641 `failed to do request: %w`).
 */
import type { Daemon } from '../daemon/daemon.ts';
import { RegistryError } from '../registry/errors.ts';
import { fullString, type Named } from '../reference/reference.ts';
import { ROOT } from '../vfs/types.ts';

/** convert.go isHTTPSource: http(s) URLs that are not git repositories. */
export function isHTTPSource(src: string): boolean {
  return (src.startsWith('http://') || src.startsWith('https://')) && !isGitSource(src);
}

/**
 * A git source (dfgitutil.ParseGitRef, simplified): git@host:…, git://, ssh://, or an http(s) URL
 * whose path ends in `.git` (optionally followed by a `#ref`).
 */
export function isGitSource(src: string): boolean {
  if (/^(git@[^:]+:|git:\/\/|ssh:\/\/)/.test(src)) return true;
  return /^https?:\/\/[^#]+\.git(#.*)?$/.test(src);
}

/** The daemon's resolver as Go's net package names it: the first nameserver of /etc/resolv.conf. */
function nameserver(d: Daemon): string {
  let text = '';
  try {
    text = d.host.fs(ROOT).readText('/etc/resolv.conf');
  } catch {
    // no resolv.conf: Go falls back to the local resolver
  }
  const m = /^\s*nameserver\s+(\S+)/m.exec(text);
  const ns = m ? m[1] : '127.0.0.1';
  return ns.includes(':') ? `[${ns}]:53` : `${ns}:53`;
}

/** Go's dial error for a host: a name lookup that finds nothing, or no route for an address. */
export function dialError(d: Daemon, host: string, port: string): string {
  const bare = host.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(bare) || bare.includes(':')) {
    const addr = bare.includes(':') ? `[${bare}]:${port}` : `${bare}:${port}`;
    if (bare.startsWith('127.') || bare === '::1') return `dial tcp ${addr}: connect: connection refused`;
    return `dial tcp ${addr}: connect: network is unreachable`;
  }
  if (bare === 'localhost') return `dial tcp 127.0.0.1:${port}: connect: connection refused`;
  return `dial tcp: lookup ${bare} on ${nameserver(d)}: no such host`;
}

/** The error of ADD <url> (what the vertex's ERROR line says; the build adds `failed to load cache key: `). */
export function httpSourceError(d: Daemon, url: string): string {
  let host = '';
  let port = url.startsWith('https:') ? '443' : '80';
  try {
    const u = new URL(url);
    host = u.hostname;
    if (u.port) port = u.port;
  } catch {
    host = url.replace(/^https?:\/\//, '').split(/[/:?#]/)[0];
  }
  return `Get ${JSON.stringify(url)}: ${dialError(d, host, port)}`;
}

/** The metadata resolver's error for `ref` (the vertex's ERROR line). */
export function resolveError(d: Daemon, ref: Named, e: unknown): string {
  if (e instanceof RegistryError) {
    switch (e.reason) {
      case 'repository-denied':
        return 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
      case 'manifest-unknown':
        return `${fullString(ref)}: not found`;
      case 'unreachable': {
        const host = ref.domain.replace(/:\d+$/, '');
        const tag = ref.digest ?? ref.tag ?? 'latest';
        return `failed to do request: Head ${JSON.stringify(`https://${ref.domain}/v2/${ref.path}/manifests/${tag}`)}: ${dialError(d, host, '443')}`;
      }
    }
  }
  return (e as Error).message;
}

/** The build's error: `<name as written>: failed to resolve source metadata for <ref>: <err>`. */
export function resolveFailure(origName: string, ref: Named, vertexError: string): string {
  return `${origName}: failed to resolve source metadata for ${fullString(ref)}: ${vertexError}`;
}
