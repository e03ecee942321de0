/**
 * `docker network rm [-f] NETWORK...` (docker/cli v28.5.2 cli/command/network/remove.go): each
 * network removed is printed as typed; each failure is printed and the command ends with
 * `cli.StatusError{Status: "exit status 1"}`, which main prints too. -f skips networks that do
 * not exist. Recorded (CLI 28.2.2, daemon with a bridge):
 *
 *   $ docker network rm host none
 *   Error response from daemon: host is a pre-defined network and cannot be removed
 *   Error response from daemon: none is a pre-defined network and cannot be removed
 *   exit status 1
 */
import type { Invocation } from '../../command.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { removeNetwork } from '../../../network/remove.ts';

export async function networkRemove(inv: Invocation, io: DockerIO): Promise<number> {
  if (inv.args.length === 0) {
    await io.stderr("docker: 'docker network rm' requires at least 1 argument\n\nUsage:  docker network rm NETWORK [NETWORK...]\n\nSee 'docker network rm --help' for more information\n");
    return 1;
  }
  let status = 0;
  for (const name of inv.args) {
    try {
      removeNetwork(io.daemon, name);
      await io.stdout(`${name}\n`);
    } catch (e) {
      if (!isDaemonError(e)) throw e;
      if (inv.flags.bool('force') && e.kind === 'NotFound') continue;
      await io.stderr(`${daemonMessage(e)}\n`);
      status = 1;
    }
  }
  if (status !== 0) await io.stderr(`exit status ${status}\n`);
  return status;
}
