/**
 * `docker system df [-v] [--format F]` (docker/cli v28.5.2 cli/command/system/df.go,
 * formatter/disk_usage.go). Recorded against CLI 28.2.2:
 *
 *   TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
 *   Images          10        1         141.8MB   139.8MB (98%)
 *   Containers      3         1         2B        2B (100%)
 *   Local Volumes   2         1         4.24kB    1.234kB (29%)
 *   Build Cache     0         0         0B        0B
 *
 * - summary: each type is one row of the format (`table`, `json`, `raw`, or a template);
 * - `-v` with the plain `table` format: four sections (`Images space usage:`, `Containers space
 *   usage:`, `Local Volumes space usage:`, `Build cache usage: <size>`), each a table;
 * - `-v` with any other format: the template runs once over {Images, Containers, Volumes,
 *   BuildCache} (`json` marshals that), with no newline added; an execution error prints without
 *   the `template parsing error:` prefix.
 */
import type { Invocation } from '../../command.ts';
import { FormatError, formatRows, preFormat } from '../../template/docker.ts';
import { DOCKER_FUNCS, type FuncDef } from '../../template/funcs.ts';
import { Template, TemplateExecError, TemplateParseError } from '../../template/template.ts';
import { BUILD_CACHE_HEADERS, CONTAINER_HEADERS, DEFAULT_FORMATS, DISK_USAGE_HEADERS, IMAGE_HEADERS, VOLUME_HEADERS } from '../../formatter/headers.ts';
import { humanSize } from '../../formatter/units.ts';
import { GO_TYPE } from '../../go/value.ts';
import { systemDiskUsage, type DiskUsage } from '../../../daemon/disk-usage.ts';
import { reportError, type DockerIO } from '../io.ts';
import { builderSize, contextJSON, summaryRows, verboseBuildCacheRows, verboseContainerRows, verboseImageRows, verboseVolumeRows } from './df-context.ts';

const RAW_SUMMARY = 'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n';

/** NewImageFormat("raw", false, true) / NewContainerFormat("raw", false, true) / NewVolumeFormat("raw", false). */
const RAW_IMAGE = 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const RAW_CONTAINER =
  'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\nsize: {{.Size}}\\n';
const RAW_VOLUME = 'name: {{.Name}}\\ndriver: {{.Driver}}\\n';
const RAW_BUILD_CACHE =
  'build_cache_id: {{.ID}}\nparent_id: {{.Parent}}\nbuild_cache_type: {{.CacheType}}\ndescription: {{.Description}}\ncreated_at: {{.CreatedAt}}\ncreated_since: {{.CreatedSince}}\nlast_used_at: {{.LastUsedAt}}\nlast_used_since: {{.LastUsedSince}}\nusage_count: {{.UsageCount}}\nin_use: {{.InUse}}\nshared: {{.Shared}}\n';

/** NewDiskUsageFormat. */
function diskUsageFormat(source: string, verbose: boolean): string {
  if (verbose && source === 'raw') {
    return (
      `{{range .Images}}type: Image\n${RAW_IMAGE}\n{{end -}}\n` +
      `{{range .Containers}}type: Container\n${RAW_CONTAINER}\n{{end -}}\n` +
      `{{range .Volumes}}type: Volume\n${RAW_VOLUME}\n{{end -}}\n` +
      `{{range .BuildCache}}type: Build Cache\n${RAW_BUILD_CACHE}\n{{end -}}`
    );
  }
  if (!verbose && source === 'table') return DEFAULT_FORMATS.diskUsage;
  if (!verbose && source === 'raw') return RAW_SUMMARY;
  return source;
}

type Row = Record<string | symbol, unknown>;

/** The verbose data object (formatter.diskUsageContext). */
interface VerboseData {
  Images: Row[];
  Containers: Row[];
  Volumes: Row[];
  BuildCache: Row[];
}

const verboseObjects = new WeakSet<object>();

function jsonOf(v: unknown): string {
  if (v !== null && typeof v === 'object' && verboseObjects.has(v)) {
    // The struct's fields in declaration order, each element through its own MarshalJSON.
    const d = v as VerboseData;
    const list = (rows: Row[]) => `[${rows.map((r) => contextJSON(r) ?? 'null').join(',')}]`;
    return `{"Images":${list(d.Images)},"Containers":${list(d.Containers)},"Volumes":${list(d.Volumes)},"BuildCache":${list(d.BuildCache)}}`;
  }
  const own = contextJSON(v);
  if (own !== undefined) return own;
  return (DOCKER_FUNCS.json.fn as (x: unknown) => string)(v);
}

const DF_FUNCS: Readonly<Record<string, FuncDef>> = {
  ...DOCKER_FUNCS,
  json: { params: ['any'], fn: jsonOf as never },
};

function parse(text: string): Template {
  return Template.parse(text, { funcs: DF_FUNCS });
}

/** formatter.Context.Write over rows, with the df functions. */
function writeRows(format: string, rows: readonly Row[], header: Readonly<Record<string, string>>): string {
  const { text, isTable } = preFormat(format);
  let tmpl: Template;
  try {
    tmpl = parse(text);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new FormatError('template parsing error: ' + e.message);
    throw e;
  }
  if (!isTable) {
    let body = '';
    for (const r of rows) {
      try {
        body += tmpl.execute(r) + '\n';
      } catch (e) {
        if (e instanceof TemplateExecError) throw new FormatError('template parsing error: ' + e.message);
        throw e;
      }
    }
    return body;
  }
  // Tables keep formatRows' header and tabwriter handling; `json` inside a table is unusual enough
  // that docker's default function set serves it.
  return formatRows({ format, rows, header });
}

function verboseTable(du: DiskUsage, now: number): string {
  let out = 'Images space usage:\n\n';
  out += formatRows({ format: DEFAULT_FORMATS.diskUsageImages, rows: verboseImageRows(du, true, now), header: IMAGE_HEADERS });
  out += '\nContainers space usage:\n\n';
  out += formatRows({ format: DEFAULT_FORMATS.diskUsageContainers, rows: verboseContainerRows(du, true, now), header: CONTAINER_HEADERS });
  out += '\nLocal Volumes space usage:\n\n';
  out += formatRows({ format: DEFAULT_FORMATS.diskUsageVolumes, rows: verboseVolumeRows(du), header: VOLUME_HEADERS });
  out += `\nBuild cache usage: ${humanSize(builderSize(du))}\n\n`;
  out += formatRows({ format: DEFAULT_FORMATS.diskUsageBuildCache, rows: verboseBuildCacheRows(du, true, now), header: BUILD_CACHE_HEADERS });
  return out;
}

function verboseTemplate(du: DiskUsage, format: string, now: number): string {
  const trunc = format.startsWith('table');
  const data: VerboseData = {
    Images: verboseImageRows(du, trunc, now),
    Containers: verboseContainerRows(du, trunc, now),
    Volumes: verboseVolumeRows(du),
    BuildCache: verboseBuildCacheRows(du, trunc, now),
  };
  const obj: Row = { ...data };
  obj[GO_TYPE] = '*formatter.diskUsageContext';
  verboseObjects.add(obj);
  const { text } = preFormat(format);
  let tmpl: Template;
  try {
    tmpl = parse(text);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new FormatError('template parsing error: ' + e.message);
    throw e;
  }
  try {
    return tmpl.execute(obj);
  } catch (e) {
    // tmpl.Execute's error is returned as it is (no "template parsing error" wrapping).
    if (e instanceof TemplateExecError) throw new FormatError(e.message);
    throw e;
  }
}

export async function systemDf(inv: Invocation, io: DockerIO): Promise<number> {
  let du: DiskUsage;
  try {
    du = systemDiskUsage(io.daemon);
  } catch (e) {
    return reportError(io, e);
  }
  const verbose = inv.flags.bool('verbose');
  const source = inv.flags.string('format') || 'table';
  const format = diskUsageFormat(source, verbose);
  const now = io.daemon.now();
  try {
    let out: string;
    if (!verbose) out = writeRows(format, summaryRows(du), DISK_USAGE_HEADERS);
    else if (format === 'table') out = verboseTable(du, now);
    else out = verboseTemplate(du, format, now);
    await io.stdout(out);
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  return 0;
}
