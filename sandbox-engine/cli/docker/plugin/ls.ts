/**
 * `docker plugin ls` (docker/cli v28.5.2 cli/command/plugin/list.go, formatter.go; daemon
 * moby plugin/backend_linux.go List). This engine has no managed plugins (the local volume
 * driver is built in), so the list is always empty: the table prints its header only, `-q` and
 * custom formats print nothing. Recorded from CLI 28.2.2:
 *
 *   $ docker plugin ls
 *   ID        NAME      DESCRIPTION   ENABLED
 *
 * Filters: `enabled` (a boolean) and `capability`; any other key is `invalid filter '<key>'`.
 */
import type { Invocation } from '../../command.ts';
import { FormatError, formatRows } from '../../template/docker.ts';
import { FilterArgs } from '../../../api/filters.ts';
import { reportError, type DockerIO } from '../io.ts';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Description}}\t{{.Enabled}}';
const RAW = 'plugin_id: {{.ID}}\nname: {{.Name}}\ndescription: {{.Description}}\nenabled: {{.Enabled}}\n';
const HEADERS = { ID: 'ID', Name: 'NAME', Description: 'DESCRIPTION', Enabled: 'ENABLED', PluginReference: 'IMAGE' };
const ACCEPTED = new Set(['enabled', 'capability']);

/** newFormat. */
function pluginFormat(source: string, quiet: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : DEFAULT_TABLE;
  if (source === 'raw') return quiet ? 'plugin_id: {{.ID}}' : RAW;
  return source;
}

export async function pluginList(inv: Invocation, io: DockerIO): Promise<number> {
  // cli.NoArgs (the shared stub spec accepts any arguments, so the check is made here).
  if (inv.args.length > 0) {
    await io.stderr("docker: 'docker plugin ls' accepts no arguments\n\nUsage:  docker plugin ls [OPTIONS]\n\nRun 'docker plugin ls --help' for more information\n");
    return 1;
  }
  try {
    const f = FilterArgs.fromList(inv.flags.list('filter'));
    f.validate(ACCEPTED);
    if (f.contains('enabled')) f.getBoolOrDefault('enabled', false);
  } catch (e) {
    return reportError(io, e);
  }
  const format = pluginFormat(inv.flags.string('format') || 'table', inv.flags.bool('quiet'));
  try {
    await io.stdout(formatRows({ format, rows: [], header: HEADERS }));
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  return 0;
}
