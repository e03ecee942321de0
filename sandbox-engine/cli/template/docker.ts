/**
 * How docker/cli 28 applies `--format` (cli/command/formatter/formatter.go, templates/templates.go,
 * cli/command/inspect/inspector.go):
 *
 * - formatRows (ps, images, volume ls, system df, history, ...): `table ` prefix → header row +
 *   tabwriter; `json` → `{{json .}}`; the two-character sequences `\t` and `\n` in the format
 *   become a tab and a newline; each row is the template's output plus "\n". The header is the
 *   same template run with docker's header functions over the command's header map
 *   (`{"ID": "CONTAINER ID", ...}`): unknown fields print `<no value>`. Errors (parse or execute)
 *   are "template parsing error: <Go error>".
 * - inspect (`docker inspect`, `volume inspect`, ...): no format → indented JSON array; `json` →
 *   compact; otherwise the template runs on the typed object and, if that fails and raw JSON is
 *   available, again on the raw JSON decoded as maps with missingkey=error (the error a user sees
 *   comes from that second run). A parse error is exit status 64.
 *
 * Example:
 *   formatRows({ format: 'table {{.Driver}}\t{{.Name}}', rows, header: { Driver: 'DRIVER', Name: 'VOLUME NAME' } })
 */
import { marshal } from '../go/json.ts';
import { fromJSON } from '../go/value.ts';
import { tabwrite } from '../formatter/tabwriter.ts';
import { DOCKER_FUNCS, DOCKER_HEADER_FUNCS } from './funcs.ts';
import { Template, TemplateExecError, TemplateParseError } from './template.ts';

/** A formatting failure with the message docker prints and its exit status. */
export class FormatError extends Error {
  readonly status: number;
  constructor(message: string, status = 1) {
    super(message);
    this.name = 'FormatError';
    this.status = status;
  }
}

export const TABLE_FORMAT_KEY = 'table';
export const JSON_FORMAT_KEY = 'json';

/** formatter.Context.preFormat: the template text and whether it is a table. */
export function preFormat(format: string): { text: string; isTable: boolean } {
  const isTable = format.startsWith(TABLE_FORMAT_KEY);
  let text = format;
  if (isTable) text = text.slice(TABLE_FORMAT_KEY.length);
  else if (format === JSON_FORMAT_KEY) text = '{{json .}}';
  text = text.replace(/^ +| +$/g, '');
  text = text.replaceAll('\\t', '\t').replaceAll('\\n', '\n');
  return { text, isTable };
}

/** templates.Parse: Go's builtins plus docker's functions, template name "". */
export function parseDockerTemplate(text: string): Template {
  return Template.parse(text, { funcs: DOCKER_FUNCS });
}

export interface FormatRowsOptions {
  format: string;
  rows: readonly unknown[];
  /** The command's header map (SubHeaderContext); field name → column title. */
  header: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
}

/** formatter.Context.Write: the full output text, or a FormatError. */
export function formatRows(opts: FormatRowsOptions): string {
  const { text, isTable } = preFormat(opts.format);
  let tmpl: Template;
  try {
    tmpl = parseDockerTemplate(text);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new FormatError('template parsing error: ' + e.message);
    throw e;
  }
  let body = '';
  for (const row of opts.rows) {
    try {
      body += tmpl.execute(row) + '\n';
    } catch (e) {
      if (e instanceof TemplateExecError) throw new FormatError('template parsing error: ' + e.message);
      throw e;
    }
  }
  if (!isTable) return body;
  const headerMap = opts.header instanceof Map ? new Map(opts.header) : new Map(Object.entries(opts.header));
  let header: string;
  try {
    header = tmpl.withFuncs(DOCKER_HEADER_FUNCS).execute(headerMap);
  } catch (e) {
    // postFormat ignores the header's error and keeps what was written.
    if (!(e instanceof TemplateExecError)) throw e;
    header = e.partial;
  }
  return tabwrite(header + '\n' + body);
}

export interface InspectElement {
  /** The typed object (Go struct field names). */
  typed: unknown;
  /** The object as the daemon's JSON (text or parsed), used by the fallback and the JSON forms. */
  raw?: unknown;
}

export interface InspectResult {
  stdout: string;
  /** Template errors, one per failed element, already prefixed ("template parsing error: ..."). */
  errors: string[];
  /** 64 for a template parse error, else 0 (the command adds 1 for element errors / not found). */
  status: number;
}

function rawObject(el: InspectElement): unknown {
  if (typeof el.raw === 'string') return JSON.parse(el.raw);
  return el.raw ?? el.typed;
}

/** inspect.Inspect for already-fetched elements (an empty list prints `[]` or an empty line). */
export function inspectFormat(format: string, elements: readonly InspectElement[]): InspectResult {
  if (format === '' || format === JSON_FORMAT_KEY) {
    if (elements.length === 0) return { stdout: '[]\n', errors: [], status: 0 };
    const arr = elements.map(rawObject);
    const stdout = marshal(arr, { escapeHTML: false, indent: format === '' ? '    ' : '' }) + '\n';
    return { stdout, errors: [], status: 0 };
  }
  let tmpl: Template;
  try {
    tmpl = parseDockerTemplate(format);
  } catch (e) {
    if (e instanceof TemplateParseError) return { stdout: '', errors: ['template parsing error: ' + e.message], status: 64 };
    throw e;
  }
  let out = '';
  const errors: string[] = [];
  for (const el of elements) {
    try {
      out += tmpl.execute(el.typed) + '\n';
    } catch (e) {
      if (!(e instanceof TemplateExecError)) throw e;
      if (el.raw === undefined) {
        errors.push('template parsing error: ' + e.message);
        continue;
      }
      try {
        out += tmpl.execute(fromJSON(el.raw), { missingKey: 'error' }) + '\n';
      } catch (e2) {
        if (!(e2 instanceof TemplateExecError)) throw e2;
        errors.push('template parsing error: ' + e2.message);
      }
    }
  }
  // TemplateInspector.Flush: an empty buffer still prints a newline.
  return { stdout: out === '' ? '\n' : out, errors, status: 0 };
}
