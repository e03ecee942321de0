/**
 * docker/cli v28.5.2 cli/command/inspect/inspector.go `Inspect` for the engine's responses:
 *
 * - no format: the raw response bodies in a JSON array indented by 4 spaces (json.Indent), `[]`
 *   when nothing was found; `json`: the same, compact;
 * - a template: run on the typed struct (Go field names); when that fails, run again on the raw
 *   JSON decoded as maps with missingkey=error, whose error is what the user sees. Each element
 *   prints its output and a newline; nothing at all still prints one newline;
 * - a template that does not parse: `template parsing error: ...`, status 64, nothing else;
 * - lookup errors are collected and printed after the output, joined by newlines; status 1.
 *
 * The template `json` function marshals typed values with their JSON tags and omitempty
 * (api/gostruct.ts typedJSON), as Go's json.Marshal does on the CLI's structs.
 */
import { marshal } from '../go/json.ts';
import { fromJSON } from '../go/value.ts';
import { DOCKER_FUNCS, type FuncDef } from '../template/funcs.ts';
import { Template, TemplateExecError, TemplateParseError } from '../template/template.ts';
import { typedJSON } from '../../api/gostruct.ts';
import type { DockerIO } from './io.ts';

/** One inspected object: the CLI's typed value and the response body. */
export interface InspectElement {
  typed: unknown;
  /** The decoded body (a value for cli/go/json.ts marshal). */
  wire: unknown;
  /** Whether the body was HTML-escaped when the daemon wrote it. */
  escapeHTML: boolean;
  /** The command fetched no raw body (`docker volume inspect`): a template error is final. */
  noRaw?: boolean;
}

/**
 * A lookup either finds the element (possibly with a warning the CLI prints at once, such as
 * `WARNING: --size ignored for image`) or fails with the text the CLI prints for it.
 */
export type InspectLookup = (ref: string) => (InspectElement & { warning?: string }) | { error: string };

/** templates.Parse with docker's functions; `json` knows the typed structs' JSON tags. */
export const INSPECT_FUNCS: Readonly<Record<string, FuncDef>> = {
  ...DOCKER_FUNCS,
  json: { params: ['any'], fn: ((v: unknown) => typedJSON(v).trim()) as never },
};

export function parseTemplate(text: string, name = ''): Template {
  return Template.parse(text, { name, funcs: INSPECT_FUNCS });
}

function bodyOf(el: InspectElement): string {
  return marshal(el.wire, { escapeHTML: el.escapeHTML });
}

/** Run `docker ... inspect` over `refs`; returns the exit status. */
export async function runInspect(io: DockerIO, refs: readonly string[], format: string, lookup: InspectLookup): Promise<number> {
  let tmpl: Template | null = null;
  if (format !== '' && format !== 'json') {
    try {
      tmpl = parseTemplate(format);
    } catch (e) {
      if (e instanceof TemplateParseError) {
        await io.stderr(`template parsing error: ${e.message}\n`);
        return 64;
      }
      throw e;
    }
  }
  const errors: string[] = [];
  const found: InspectElement[] = [];
  let out = '';
  for (const ref of refs) {
    const r = lookup(ref);
    if ('error' in r) {
      errors.push(r.error);
      continue;
    }
    if (r.warning) await io.stderr(r.warning);
    if (!tmpl) {
      found.push(r);
      continue;
    }
    try {
      out += tmpl.execute(r.typed) + '\n';
    } catch (e) {
      if (!(e instanceof TemplateExecError)) throw e;
      if (r.noRaw) {
        errors.push(`template parsing error: ${e.message}`);
        continue;
      }
      try {
        out += tmpl.execute(fromJSON(bodyOf(r)), { missingKey: 'error' }) + '\n';
      } catch (e2) {
        if (!(e2 instanceof TemplateExecError)) throw e2;
        errors.push(`template parsing error: ${e2.message}`);
      }
    }
  }
  if (!tmpl) {
    if (found.length === 0) out = '[]\n';
    else {
      // json.Indent / json.Compact of the bodies joined into an array keep each body's escaping.
      const parts = found.map((el) => marshal(el.wire, { escapeHTML: el.escapeHTML, indent: format === '' ? '    ' : '' }));
      out = format === '' ? `[\n${parts.map((p) => indentBlock(p)).join(',\n')}\n]\n` : `[${parts.join(',')}]\n`;
    }
  } else if (out === '') out = '\n';
  await io.stdout(out);
  if (errors.length > 0) {
    await io.stderr(errors.join('\n') + '\n');
    return 1;
  }
  return 0;
}

/** Shift an indented document one level deeper (it becomes an array element). */
function indentBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
