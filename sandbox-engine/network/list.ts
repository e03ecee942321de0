/**
 * GET /networks with filters (moby v28.5.2 api/types/network/network.go ValidateFilters,
 * daemon/network/filter.go FilterNetworks): `driver` and `scope` match exactly, `name` and `id`
 * as filters.Match does (equal, or the value as a regular expression found in the text), `label`
 * key or key=value, `dangling=true|false` (the predefined networks are never dangling), and
 * `type=builtin|custom`. Networks come in creation order; the CLI sorts them by name.
 */
import { FilterArgs } from '../api/filters.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { invalidParameter } from '../errdefs/errors.ts';
import { networkController } from './controller.ts';
import type { NetworkRecord } from './types.ts';

const ACCEPTED = new Set(['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);
// daemon/network/network_mode_unix.go isPreDefined.
const PREDEFINED = new Set(['bridge', 'host', 'none', 'default']);

/** filters.Args.Match: no values, or one equal to `source` or matching it as a regexp. */
function match(f: FilterArgs, key: string, source: string): boolean {
  const values = f.get(key);
  if (values.length === 0) return true;
  return values.some((v) => {
    if (v === source) return true;
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** The networks `--filter` values select (the CLI's `name=value` strings). */
export function listNetworks(d: Daemon, filterList: readonly string[]): NetworkRecord[] {
  const f = FilterArgs.fromList(filterList);
  f.validate(ACCEPTED);
  let out = networkController(d)
    .networks()
    .filter((n) => {
      if (f.contains('driver') && !f.exactMatch('driver', n.driver)) return false;
      if (f.contains('name') && !match(f, 'name', n.name)) return false;
      if (f.contains('id') && !match(f, 'id', n.id)) return false;
      // The default networks have no labels.
      if (f.contains('label') && !f.matchKVList('label', {})) return false;
      if (f.contains('scope') && !f.exactMatch('scope', 'local')) return false;
      return true;
    });
  const dangling = f.get('dangling');
  if (dangling.length > 0) {
    if (dangling.length > 1) throw invalidParameter('got more than one value for filter key "dangling"');
    let only: boolean;
    if (dangling[0] === '0' || dangling[0] === 'false') only = false;
    else if (dangling[0] === '1' || dangling[0] === 'true') only = true;
    else throw invalidParameter('invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")');
    // filterNetworkByUse: a predefined network is in use; a dangling one is custom and unused.
    out = out.filter((n) => (only ? !PREDEFINED.has(n.name) : PREDEFINED.has(n.name)));
  }
  if (f.contains('type')) {
    const typed: NetworkRecord[] = [];
    for (const t of f.get('type')) {
      if (t === 'builtin') typed.push(...out.filter((n) => PREDEFINED.has(n.name)));
      else if (t === 'custom') typed.push(...out.filter((n) => !PREDEFINED.has(n.name)));
      else throw invalidParameter(`invalid filter: 'type'='${t}'`);
    }
    out = typed;
  }
  return out;
}
