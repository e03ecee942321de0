/**
 * `docker version [-f FORMAT]` (docker/cli v28.5.2 cli/command/system/version.go): the client and
 * the server with its components, through the CLI's own template ("version") and a tabwriter
 * (minwidth 20, tabwidth 1, padding 1). The Engine's BuildTime is shown in time.ANSIC.
 */
import type { Invocation } from '../../command.ts';
import { tabwrite } from '../../formatter/tabwriter.ts';
import { Template, TemplateExecError, TemplateParseError } from '../../template/template.ts';
import type { FuncDef } from '../../template/funcs.ts';
import { GoStruct, goStruct, typedValue } from '../../../api/gostruct.ts';
import { API_VERSION } from '../../../daemon/daemon.ts';
import { systemVersion } from '../../../daemon/info.ts';
import { INSPECT_FUNCS } from '../inspect-output.ts';
import type { DockerIO } from '../io.ts';
import { clientVersion } from './client-version.ts';

/**
 * defaultVersionTemplate of version.go, except that `ne .Platform nil` / `ne .Server nil` are
 * written `.Platform` / `.Server` (the same for a pointer): cli/template's eq/ne follow Go before
 * 1.18 and refuse to compare a struct with nil.
 */
const DEFAULT_TEMPLATE = `{{with .Client -}}
Client:{{if .Platform}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:\t{{.Version}}
 API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Go version:\t{{.GoVersion}}
 Git commit:\t{{.GitCommit}}
 Built:\t{{.BuildTime}}
 OS/Arch:\t{{.Os}}/{{.Arch}}
 Context:\t{{.Context}}
{{- end}}

{{- if .Server}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:\t{{.Version}}
  API version:\t{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:\t{{index .Details "GoVersion"}}
  Git commit:\t{{index .Details "GitCommit"}}
  Built:\t{{index .Details "BuildTime"}}
  OS/Arch:\t{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:\t{{index .Details "Experimental"}}
  {{- else }}
  Version:\t{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:\t{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}`;

const VERSION_FUNCS: Readonly<Record<string, FuncDef>> = {
  ...INSPECT_FUNCS,
  getDetailsOrder: {
    params: ['any'],
    fn: ((c: Record<string, unknown>) => {
      const details = c.Details;
      return details instanceof Map ? [...details.keys()].sort() : [];
    }) as never,
  },
};

const ANSIC_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ANSIC_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** reformatDate: an RFC 3339 time printed as time.ANSIC (`Wed Nov  5 14:43:33 2025`). */
function reformatDate(s: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(s);
  if (!m) return s;
  const [, y, mo, d, clock] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  return `${ANSIC_DAYS[day]} ${ANSIC_MONTHS[Number(mo) - 1]} ${String(Number(d)).padStart(2, ' ')} ${clock} ${y}`;
}

/** The server's types.Version as the CLI holds it after reformatting the Engine's BuildTime. */
function serverVersion(): GoStruct {
  const v = systemVersion();
  const components = (v.get('Components') as GoStruct[]).map((c) => {
    if (c.get('Name') !== 'Engine') return c;
    const details = new Map(c.get('Details') as Map<string, string>);
    const bt = details.get('BuildTime');
    if (bt !== undefined) details.set('BuildTime', reformatDate(bt));
    return goStruct(c.goType, [
      ['Name', c.get('Name')],
      ['Version', c.get('Version')],
      ['Details', details, { omitempty: true }],
    ]);
  });
  return new GoStruct(
    v.goType,
    v.fields.map((f) => (f.go === 'Components' ? { ...f, value: components } : f)),
  );
}

export async function version(inv: Invocation, io: DockerIO): Promise<number> {
  let format = inv.flags.string('format');
  if (format === '') format = DEFAULT_TEMPLATE;
  else if (format === 'json') format = '{{json .}}';
  let tmpl: Template;
  try {
    tmpl = Template.parse(format, { name: 'version', funcs: VERSION_FUNCS });
  } catch (e) {
    if (!(e instanceof TemplateParseError)) throw e;
    await io.stderr(`template parsing error: ${e.message}\n`);
    return 64;
  }
  const data = goStruct('system.versionInfo', [
    ['Client', clientVersion(API_VERSION)],
    ['Server', serverVersion()],
  ]);
  let out: string;
  let err: string | null = null;
  try {
    out = tmpl.execute(typedValue(data));
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    out = e.partial;
    err = e.message;
  }
  await io.stdout(tabwrite(out + '\n', { minwidth: 20, tabwidth: 1, padding: 1, padchar: ' ' }));
  if (err !== null) {
    await io.stderr(`${err}\n`);
    return 1;
  }
  return 0;
}
