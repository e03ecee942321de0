/**
 * `docker network ls` (docker/cli v28.5.2 cli/command/network/list.go): the daemon's networks
 * (with `--filter`, network/list.ts) sorted by natural order of names, printed through the network
 * format (table `NETWORK ID  NAME  DRIVER  SCOPE` by default, `-q` IDs only, --no-trunc full IDs).
 * Takes no arguments (cli.NoArgs).
 *
 *   $ docker network ls
 *   NETWORK ID     NAME      DRIVER    SCOPE
 *   d810dd47a320   bridge    bridge    local
 *   3ec4356c2788   host      host      local
 *   ef591859ac8a   none      null      local
 */
import type { Invocation } from '../../command.ts';
import { FormatError, formatRows } from '../../template/docker.ts';
import { reportError, type DockerIO } from '../io.ts';
import { naturalLess } from '../volume/format.ts';
import { listNetworks } from '../../../network/list.ts';
import type { NetworkRecord } from '../../../network/types.ts';
import { NETWORK_HEADERS, networkFormat, networkRow } from './format.ts';

export async function networkList(inv: Invocation, io: DockerIO): Promise<number> {
  // cli.NoArgs (the shared stub spec accepts any arguments, so the check is made here).
  if (inv.args.length > 0) {
    await io.stderr("docker: 'docker network ls' accepts no arguments\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n");
    return 1;
  }
  let networks: NetworkRecord[];
  try {
    networks = listNetworks(io.daemon, inv.flags.list('filter'));
  } catch (e) {
    return reportError(io, e);
  }
  networks = [...networks].sort((a, b) => (naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0));
  const format = networkFormat(inv.flags.string('format') || 'table', inv.flags.bool('quiet'));
  const trunc = !inv.flags.bool('no-trunc');
  try {
    await io.stdout(formatRows({ format, rows: networks.map((n) => networkRow(n, trunc)), header: NETWORK_HEADERS }));
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  return 0;
}
