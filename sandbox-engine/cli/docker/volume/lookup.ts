/**
 * A volume for the inspect commands (`docker volume inspect`, `docker inspect`): its typed value
 * and response body, or the error text. The volume service answers NotFound for a missing name.
 */
import { isDaemonError } from '../../../errdefs/errors.ts';
import { typedValue, wireValue } from '../../../api/gostruct.ts';
import type { Daemon } from '../../../daemon/daemon.ts';
import { volumeStruct } from '../../../volume/api.ts';
import type { LookupResult } from '../inspect-lookups.ts';
import { daemonMessage } from '../io.ts';

export function lookupVolume(d: Daemon, name: string): LookupResult {
  try {
    const s = volumeStruct(d.volumes.get(name));
    return { typed: typedValue(s), wire: wireValue(s), escapeHTML: true };
  } catch (e) {
    if (!isDaemonError(e)) throw e;
    return { error: daemonMessage(e), notFound: e.kind === 'NotFound', skippable: e.kind === 'NotFound' };
  }
}
