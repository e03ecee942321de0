/**
 * `docker inspect [--type T] [-f FORMAT] [-s] NAME|ID...` (docker/cli v28.5.2
 * cli/command/system/inspect.go inspectAll): each reference is tried as a container, then an
 * image, then a network and a volume (swarm objects only on a swarm manager, and this engine is
 * not one); a not-found answer moves on to the next kind, anything else is the answer. Nothing
 * found: `Error: No such object: x`. `--type` restricts the search to one kind.
 *
 * Networks are looked up in the network controller (network/lookup.ts), volumes in the volume
 * service (volume/lookup.ts).
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { runInspect } from '../inspect-output.ts';
import { lookupContainer, lookupImage, type LookupResult } from '../inspect-lookups.ts';
import { lookupVolume } from '../volume/lookup.ts';
import { lookupNetwork } from '../network/lookup.ts';

const TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];
const NOT_MANAGER =
  'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

function missing(error: string): LookupResult {
  return { error, notFound: true, skippable: true };
}

export async function systemInspect(inv: Invocation, io: DockerIO): Promise<number> {
  const type = inv.flags.string('type');
  if (type !== '' && !TYPES.includes(type)) {
    await io.stderr(`unknown type: ${JSON.stringify(type)}: must be one of "${TYPES.join('", "')}"\n`);
    return 1;
  }
  const size = inv.flags.bool('size');
  const d = io.daemon;
  const kinds: Array<{ type: string; sizeSupported: boolean; lookup: (ref: string) => LookupResult }> = [
    { type: 'container', sizeSupported: true, lookup: (ref) => lookupContainer(d, ref, size) },
    { type: 'image', sizeSupported: false, lookup: (ref) => lookupImage(d, ref) },
    { type: 'network', sizeSupported: false, lookup: (ref) => lookupNetwork(d, ref) },
    { type: 'volume', sizeSupported: false, lookup: (ref) => lookupVolume(d, ref) },
    { type: 'plugin', sizeSupported: false, lookup: (ref) => missing(`Error response from daemon: plugin ${JSON.stringify(ref)} not found`) },
  ];
  const swarmKinds = ['service', 'task', 'node', 'secret', 'config'];
  return runInspect(io, inv.args, inv.flags.string('format'), (ref) => {
    if (swarmKinds.includes(type)) return { error: NOT_MANAGER };
    for (const k of kinds) {
      if (type !== '' && k.type !== type) continue;
      const r = k.lookup(ref);
      if ('error' in r) {
        if (type === '' && r.skippable) continue;
        return { error: r.error };
      }
      if (size && !k.sizeSupported) return { ...r, warning: `WARNING: --size ignored for ${k.type}\n` };
      return r;
    }
    return { error: `Error: No such object: ${ref}` };
  });
}
