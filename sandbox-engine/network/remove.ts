/**
 * DELETE /networks/{id} and POST /networks/prune for an engine whose only networks are the
 * predefined ones (moby v28.5.2 api/server/router/network/network_routes.go findUniqueNetwork,
 * daemon/network.go deleteNetwork, daemon/prune.go NetworksPrune):
 *
 * - a network is found by full ID, full name or ID prefix (`network x not found`,
 *   `network x is ambiguous: N matches found ...` otherwise); bridge, host and none are refused:
 *   `<name> is a pre-defined network and cannot be removed` (Forbidden);
 * - prune removes unused custom networks, so nothing here; its filters are `label`, `label!`
 *   and `until` (daemon/prune.go networksAcceptedFilters).
 */
import { FilterArgs } from '../api/filters.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { forbidden, invalidParameter, notFound } from '../errdefs/errors.ts';
import { networkController } from './controller.ts';
import type { NetworkRecord } from './types.ts';

const PRUNE_FILTERS = new Set(['label', 'label!', 'until']);

/** findUniqueNetwork (local scope): ID, then name, then ID prefix. */
function findUnique(d: Daemon, term: string): NetworkRecord {
  const all = networkController(d).networks();
  const byID = all.find((n) => n.id === term);
  if (byID) return byID;
  const byName = all.filter((n) => n.name === term);
  if (byName.length > 1) throw invalidParameter(`network ${term} is ambiguous: ${byName.length} matches found based on name`);
  if (byName.length === 1) return byName[0];
  const byPrefix = all.filter((n) => n.id.startsWith(term));
  if (byPrefix.length > 1) throw invalidParameter(`network ${term} is ambiguous: ${byPrefix.length} matches found based on ID prefix`);
  if (byPrefix.length === 1) return byPrefix[0];
  throw notFound(`network ${term} not found`);
}

export function removeNetwork(d: Daemon, term: string): void {
  const n = findUnique(d, term);
  // Every network of this engine is predefined (network_mode_unix.go isPreDefined).
  throw forbidden(`${n.name} is a pre-defined network and cannot be removed`);
}

/** The IDs of the networks removed: none, as only the predefined networks exist. */
export function pruneNetworks(_d: Daemon, filterList: readonly string[]): string[] {
  FilterArgs.fromList(filterList).validate(PRUNE_FILTERS);
  return [];
}
