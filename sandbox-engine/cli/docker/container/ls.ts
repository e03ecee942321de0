/**
 * `docker ps` / `docker container ls` (docker/cli v28.5.2 cli/command/container/list.go and
 * formatter/container.go).
 *
 * - The format is checked before the daemon is asked: it must parse (`failed to parse template:
 *   ...`) and run on an empty container (`failed to execute template: ...`); a format that uses
 *   `.Size` turns on sizes unless `--size` was given explicitly.
 * - Without --format: `psFormat` from the client config file, else the default table
 *   (`table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}`,
 *   `\t{{.Size}}` added with -s). `-q` prints IDs (a custom format is then ignored, with a warning).
 * - `-n N` / `-l`: the N / 1 most recently created containers, in any state.
 * - Table output goes through the tabwriter (minwidth 10, padding 3); the header row is the
 *   format run over the header names.
 */
import type { Invocation } from '../../command.ts';
import { tabwrite } from '../../formatter/tabwriter.ts';
import { GO_TYPE } from '../../go/value.ts';
import { CONTAINER_HEADERS } from '../../formatter/headers.ts';
import { DOCKER_HEADER_FUNCS, type FuncDef } from '../../template/funcs.ts';
import { Template, TemplateExecError, TemplateParseError } from '../../template/template.ts';
import { FilterArgs } from '../../../api/filters.ts';
import { listContainers } from '../../../daemon/list.ts';
import { isDaemonError } from '../../../errdefs/errors.ts';
import { typedJSON } from '../../../api/gostruct.ts';
import { INSPECT_FUNCS } from '../inspect-output.ts';
import { daemonMessage, type DockerIO } from '../io.ts';
import { containerContext, contextOf, EMPTY_SUMMARY } from './ps-context.ts';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const RAW_FORMAT =
  'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';

/** docker's functions; `json` of a container context is its MarshalJSON. */
const PS_FUNCS: Readonly<Record<string, FuncDef>> = {
  ...INSPECT_FUNCS,
  json: {
    params: ['any'],
    fn: ((v: unknown) => {
      const ctx = contextOf(v);
      if (ctx) return (ctx.value.MarshalJSON as () => string)();
      return typedJSON(v).trim();
    }) as never,
  },
};

/** formatter.NewContainerFormat. */
function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '') {
    if (quiet) return '{{.ID}}';
    return size ? `${DEFAULT_TABLE}\\t{{.Size}}` : DEFAULT_TABLE;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    return size ? `${RAW_FORMAT}size: {{.Size}}\\n` : RAW_FORMAT;
  }
  return quiet ? '{{.ID}}' : source;
}

/** psFormat from $DOCKER_CONFIG/config.json or ~/.docker/config.json, if any. */
function configPsFormat(io: DockerIO): string {
  const env = io.ctx.env;
  const dir = env.DOCKER_CONFIG || `${env.HOME ?? '/root'}/.docker`;
  try {
    const cfg = JSON.parse(io.ctx.fs.readText(`${dir}/config.json`)) as { psFormat?: unknown };
    return typeof cfg.psFormat === 'string' ? cfg.psFormat : '';
  } catch {
    return '';
  }
}

function parse(text: string): Template {
  return Template.parse(text, { funcs: PS_FUNCS });
}

/**
 * The container SubHeaderContext: a map of column titles that also has a Label method (the
 * header of `{{.Label "com.example.x"}}` is `x`, formatter/custom.go), so it is given to the
 * template as a struct of the titles.
 */
function headerContext(): Record<string | symbol, unknown> {
  const h: Record<string | symbol, unknown> = { ...CONTAINER_HEADERS };
  h.Label = (name: unknown) => {
    const parts = String(name).split('.');
    return parts[parts.length - 1].replace(/[-_]/g, ' ');
  };
  h[GO_TYPE] = 'formatter.SubHeaderContext';
  return h;
}

export async function containerList(inv: Invocation, io: DockerIO): Promise<number> {
  const quiet = inv.flags.bool('quiet');
  let format = inv.flags.string('format');
  if (format === '') format = configPsFormat(io);
  else if (quiet) await io.stderr('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');

  let size = inv.flags.bool('size');
  let limit = inv.flags.number('last');
  if (inv.flags.bool('latest') && limit === -1) limit = 1;

  if (format !== '') {
    let tmpl: Template;
    try {
      tmpl = parse(format);
    } catch (e) {
      if (!(e instanceof TemplateParseError)) throw e;
      await io.stderr(`failed to parse template: ${e.message}\n`);
      return 1;
    }
    const probe = containerContext(EMPTY_SUMMARY, { trunc: false, now: 0 });
    try {
      tmpl.execute(probe.value);
    } catch (e) {
      if (!(e instanceof TemplateExecError)) throw e;
      await io.stderr(`failed to execute template: ${e.message}\n`);
      return 1;
    }
    if (!quiet && !size && !inv.flags.changed('size') && probe.sizeUsed) size = true;
  }

  const d = io.daemon;
  let rows;
  try {
    rows = listContainers(d, { all: inv.flags.bool('all'), limit, size, filters: FilterArgs.fromList(inv.flags.list('filter')) });
  } catch (e) {
    if (!isDaemonError(e)) throw e;
    await io.stderr(`${daemonMessage(e)}\n`);
    return 1;
  }

  // formatter.Context.Write with the container sub-context.
  const final = containerFormat(format, quiet, size);
  const isTable = final.startsWith('table');
  let text = isTable ? final.slice('table'.length) : final === 'json' ? '{{json .}}' : final;
  text = text.replace(/^ +| +$/g, '').replaceAll('\\t', '\t').replaceAll('\\n', '\n');
  let tmpl: Template;
  try {
    tmpl = parse(text);
  } catch (e) {
    if (!(e instanceof TemplateParseError)) throw e;
    await io.stderr(`template parsing error: ${e.message}\n`);
    return 1;
  }
  const now = d.now();
  let body = '';
  for (const row of rows) {
    try {
      body += tmpl.execute(containerContext(row, { trunc: !inv.flags.bool('no-trunc'), now }).value) + '\n';
    } catch (e) {
      if (!(e instanceof TemplateExecError)) throw e;
      await io.stderr(`template parsing error: ${e.message}\n`);
      return 1;
    }
  }
  if (!isTable) {
    await io.stdout(body);
    return 0;
  }
  let header: string;
  try {
    header = tmpl.withFuncs(DOCKER_HEADER_FUNCS).execute(headerContext());
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    header = e.partial;
  }
  await io.stdout(tabwrite(header + '\n' + body));
  return 0;
}
