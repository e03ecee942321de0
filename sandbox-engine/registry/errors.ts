/**
 * Pull errors as the daemon reports them (moby distribution/errors.go `notFoundError.Error`, v28):
 * the daemon's text wraps the registry's error code and message (docker/distribution errcode:
 * `<lower-case code>: <message>`). The CLI adds `Error response from daemon: `.
 *
 * - unknown repository (Hub answers DENIED):
 *   `pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`
 * - unknown tag or digest (MANIFEST_UNKNOWN):
 *   `manifest for alpine:nope not found: manifest unknown: manifest unknown`
 */
import { DaemonError, type ErrorKind } from '../errdefs/errors.ts';
import { familiarName, familiarString, type Named } from '../reference/reference.ts';

export type RegistryErrorReason = 'repository-denied' | 'manifest-unknown' | 'unreachable';

export class RegistryError extends DaemonError {
  readonly reason: RegistryErrorReason;
  constructor(kind: ErrorKind, reason: RegistryErrorReason, message: string) {
    super(kind, message);
    this.name = 'RegistryError';
    this.reason = reason;
  }
}

export function pullAccessDenied(ref: Named): RegistryError {
  return new RegistryError(
    'NotFound',
    'repository-denied',
    `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  );
}

export function manifestUnknown(ref: Named): RegistryError {
  return new RegistryError('NotFound', 'manifest-unknown', `manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`);
}

/**
 * A registry other than docker.io: the simulated host has no network. The text is Go's net/http
 * error for a failed DNS lookup; approximate, since the real one also names the resolver
 * (`lookup host on 127.0.0.53:53: no such host`), which depends on the machine.
 */
export function registryUnreachable(ref: Named): RegistryError {
  const host = ref.domain.replace(/:\d+$/, '');
  return new RegistryError('Unavailable', 'unreachable', `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host}: no such host`);
}
