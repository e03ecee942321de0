/**
 * `docker top CONTAINER [ps OPTIONS]` (docker/cli v28.5.2 cli/command/container/top.go): the
 * daemon's table (daemon/top.ts) through a tabwriter with minwidth 20, padding 3.
 */
import type { Invocation } from '../../command.ts';
import { containerTop } from '../../../daemon/top.ts';
import { tabwrite } from '../../formatter/tabwriter.ts';
import { reportError, type DockerIO } from '../io.ts';
import { trimID } from './each.ts';

export async function top(inv: Invocation, io: DockerIO): Promise<number> {
  let r;
  try {
    r = await containerTop(io.daemon, trimID(inv.args[0]), inv.args.slice(1).join(' '));
  } catch (e) {
    return reportError(io, e);
  }
  let text = `${r.Titles.join('\t')}\n`;
  for (const p of r.Processes) text += `${p.join('\t')}\n`;
  await io.stdout(tabwrite(text, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
  return 0;
}
