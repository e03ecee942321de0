/**
 * The lookups behind `docker container inspect`, `docker image inspect` and `docker inspect`
 * (docker/cli v28.5.2 client calls ContainerInspectWithRaw / ImageInspect with a raw body):
 * each turns a reference into the typed value and the response body, or into the error text the
 * CLI prints for it.
 */
import { isDaemonError } from '../../errdefs/errors.ts';
import { typedValue, wireValue } from '../../api/gostruct.ts';
import { containerInspect } from '../../daemon/inspect.ts';
import { imageInspect, imageInspectBody } from '../../daemon/image-inspect.ts';
import type { Daemon } from '../../daemon/daemon.ts';
import type { InspectElement } from './inspect-output.ts';
import { daemonMessage } from './io.ts';

export type LookupResult = InspectElement | { error: string; notFound: boolean; skippable: boolean };

function failure(e: unknown): LookupResult {
  if (!isDaemonError(e)) throw e;
  const notFound = e.kind === 'NotFound';
  // system/inspect.go isErrSkippable: NotFound, "not supported", "invalid reference format".
  const skippable = notFound || e.message.includes('not supported') || e.message.includes('invalid reference format');
  return { error: daemonMessage(e), notFound, skippable };
}

export function lookupContainer(d: Daemon, ref: string, size: boolean): LookupResult {
  // client trimID: surrounding spaces are dropped; nothing left is the client's own error.
  const id = ref.trim();
  if (id === '') return { error: 'invalid container name or ID: value is empty', notFound: false, skippable: false };
  try {
    const resp = containerInspect(d, id, { size });
    return { typed: typedValue(resp), wire: wireValue(resp), escapeHTML: false };
  } catch (e) {
    return failure(e);
  }
}

export function lookupImage(d: Daemon, ref: string): LookupResult {
  // client ImageInspect: an empty reference is objectNotFoundError, without asking the daemon.
  if (ref === '') return { error: 'Error: No such image: ', notFound: true, skippable: true };
  try {
    const resp = imageInspect(d, ref);
    return { typed: typedValue(resp), wire: imageInspectBody(resp), escapeHTML: true };
  } catch (e) {
    return failure(e);
  }
}
