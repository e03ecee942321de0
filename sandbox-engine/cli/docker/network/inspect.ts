/**
 * `docker network inspect [-f FORMAT] NETWORK...` (docker/cli v28.5.2
 * cli/command/network/inspect.go): the networks as the API returns them (network/api.ts), `[]`
 * and `Error response from daemon: network x not found` for a missing one. At least one argument
 * (cli.RequiresMinArgs(1)). `--verbose` adds swarm service details, which these local networks
 * do not have.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { runInspect } from '../inspect-output.ts';
import { lookupNetwork } from './lookup.ts';

export async function networkInspect(inv: Invocation, io: DockerIO): Promise<number> {
  if (inv.args.length === 0) {
    await io.stderr(
      "docker: 'docker network inspect' requires at least 1 argument\n\nUsage:  docker network inspect [OPTIONS] NETWORK [NETWORK...]\n\nSee 'docker network inspect --help' for more information\n",
    );
    return 1;
  }
  return runInspect(io, inv.args, inv.flags.string('format'), (ref) => lookupNetwork(io.daemon, ref));
}
