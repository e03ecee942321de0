/**
 * A network for the inspect commands (`docker network inspect`, `docker inspect`): its typed
 * value and response body (escapeHTML off: httputils.WriteJSON), or the error text. The daemon
 * (api/server/router/network/network_routes.go getNetwork) takes a full ID, then a full name, then
 * an ID prefix; anything else is `network <ref> not found`.
 */
import { isDaemonError } from '../../../errdefs/errors.ts';
import { typedValue, wireValue } from '../../../api/gostruct.ts';
import type { Daemon } from '../../../daemon/daemon.ts';
import { networkController } from '../../../network/controller.ts';
import { networkInspectStruct } from '../../../network/api.ts';
import type { LookupResult } from '../inspect-lookups.ts';
import { daemonMessage } from '../io.ts';

export function lookupNetwork(d: Daemon, ref: string): LookupResult {
  try {
    const s = networkInspectStruct(d, networkController(d).find(ref), true);
    return { typed: typedValue(s), wire: wireValue(s), escapeHTML: false };
  } catch (e) {
    if (!isDaemonError(e)) throw e;
    return { error: daemonMessage(e), notFound: e.kind === 'NotFound', skippable: e.kind === 'NotFound' };
  }
}
