/**
 * `--network` / `--net` and `--network-alias` of `docker run` and `docker create` (docker/cli
 * v28.5.2 opts/network.go NetworkOpt.Set and NetworkMode, cli/command/container/opts.go
 * parseNetworkOpts, applyContainerOptions, parseNetworkAttachmentOpt): each value is a network
 * name or ID, `host`, `none`, `bridge`, `container:<name|id>`, or the long form
 * `name=<network>[,alias=...,ip=...]`. The first one is the container's NetworkMode (`default`
 * when none is given: the daemon turns that into `bridge`).
 *
 * Errors the CLI itself raises: an empty name, aliases on a predefined network, the same network
 * twice, a mix of user-defined and predefined modes. Only the first network is attached (the
 * daemon's multi-network create is not modelled); long-form options other than `name` and
 * `alias` are accepted and not modelled. The long form's own parse errors (`invalid field x`,
 * `network name/id is not specified`) are pflag value errors in the real CLI; here they come out
 * as parse() errors (the flag set has no `NetworkOpt` validator yet).
 */
import { parseNetworkMode } from '../../../network/mode.ts';

export class NetworkOptError extends Error {}

interface Attachment {
  target: string;
  aliases: string[];
}

/** NetworkOpt.Set: the network a value names, and its long-form aliases. */
function attachment(value: string): Attachment {
  // regexp.MatchString(`\w+=\w+(,\w+=\w+)*`, value): anywhere in the value.
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return { target: value, aliases: [] };
  const a: Attachment = { target: '', aliases: [] };
  for (const field of value.split(',')) {
    // The field is lower-cased before it is split (opts/network.go:59).
    const lower = field.toLowerCase();
    const i = lower.indexOf('=');
    if (i <= 0) throw new NetworkOptError(`invalid field ${field}`);
    const key = lower.slice(0, i).trim();
    const val = lower.slice(i + 1).trim();
    if (key === 'name') a.target = val;
    else if (key === 'alias') a.aliases.push(val);
  }
  if (a.target === '') throw new NetworkOptError('network name/id is not specified');
  return a;
}

const userDefined = (target: string) => target !== 'default' && parseNetworkMode(target).kind === 'user';

/** parseNetworkAttachmentOpt's checks. */
function checkAttachment(a: Attachment): void {
  if (a.target.trim() === '') throw new NetworkOptError('no name set for network');
  if (!userDefined(a.target) && a.aliases.length > 0) throw new NetworkOptError('network-scoped aliases are only supported for user-defined networks');
}

/**
 * The NetworkMode for the container (`default` without --network), after parseNetworkOpts'
 * checks. `aliases` are the --network-alias values, which go to the first network
 * (applyContainerOptions).
 */
export function networkMode(values: readonly string[], aliases: readonly string[] = []): string {
  const list = values.map(attachment);
  if (list.length === 0) {
    checkAttachment({ target: 'default', aliases: [...aliases] });
    return 'default';
  }
  const seen = new Set<string>();
  let user = false;
  let predefined = false;
  list.forEach((a, i) => {
    if (userDefined(a.target)) user = true;
    else predefined = true;
    if (i === 0) {
      if (a.aliases.length > 0 && aliases.length > 0) throw new NetworkOptError('conflicting options: cannot specify both --network-alias and per-network alias');
      if (aliases.length > 0) a.aliases = [...aliases];
    }
    checkAttachment(a);
    if (seen.has(a.target)) throw new NetworkOptError(`network ${JSON.stringify(a.target)} is specified multiple times`);
    seen.add(a.target);
  });
  if (user && predefined) throw new NetworkOptError('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  return list[0].target;
}
