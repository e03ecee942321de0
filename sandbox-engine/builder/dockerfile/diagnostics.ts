/**
 * Dockerfile diagnostics for the course's editor: what `docker build` would reject, located in the
 * text, in BuildKit's own words. It runs the same front end as the builder (parseDockerfile, then
 * the stage-name check of dockerfile2llb), so the editor and the terminal can never disagree about
 * whether a Dockerfile parses.
 *
 * BuildKit stops at the first error, and so does this: at most one error. Warnings are BuildKit's
 * build checks (lint.ts); they are reported only when the file has no error, as `docker build`
 * only gets to them then.
 *
 * Worked example:
 *   diagnose('FROM alpine\nRUNN echo hi\n')
 *   // [{ line: 2, column: 1, endLine: 2, endColumn: 5, severity: 'error', code: 'unknown-instruction',
 *   //    message: 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)' }]
 */
import { goQuote } from '../../cli/go/quote.ts';
import { parseNormalizedNamed } from '../../reference/reference.ts';
import type { DockerfileError } from './errors.ts';
import { parseDockerfile, type ParsedDockerfile } from './instructions.ts';
import { lint } from './lint.ts';

export interface Diagnostic {
  /** 1-based line where the problem starts. */
  readonly line: number;
  /** 1-based column; absent: the whole line (from its first non-blank character). */
  readonly column?: number;
  /** 1-based last line (inclusive); absent: `line`. */
  readonly endLine?: number;
  /** 1-based column just after the problem on endLine; absent: the end of that line. */
  readonly endColumn?: number;
  readonly severity: 'error' | 'warning';
  /** Errors: the text `docker build` prints after `failed to solve: `. Warnings: `Rule: message`. */
  readonly message: string;
  /** Warnings: BuildKit's rule name (`JSONArgsRecommended`); errors: the error kind. */
  readonly code?: string;
}

/** All diagnostics of a Dockerfile's text, in line order. Never throws. */
export function diagnose(text: string): Diagnostic[] {
  const parsed = parseDockerfile(text);
  if (!parsed.ok) return [fromError(text, parsed.error)];
  const stageError = checkStageNames(parsed);
  if (stageError !== null) return [stageError];
  return lint(parsed);
}

function fromError(text: string, e: DockerfileError): Diagnostic {
  // Errors without a location (empty file, no stages) are shown on the first line.
  const line = Math.max(1, e.startLine);
  const endLine = Math.max(line, e.endLine);
  const base = { line, endLine, severity: 'error' as const, message: e.message, code: e.kind };
  if (e.kind === 'unknown-instruction') {
    const word = firstWord(text, line);
    if (word !== null) return { ...base, endLine: line, column: word.start, endColumn: word.end };
  }
  return base;
}

/** 1-based column range of the first word on a 1-based line, or null when the line is blank. */
function firstWord(text: string, line: number): { start: number; end: number } | null {
  const content = text.split('\n')[line - 1] ?? '';
  const m = /^([ \t]*)(\S+)/.exec(content);
  if (m === null) return null;
  return { start: m[1].length + 1, end: m[1].length + m[2].length + 1 };
}

/**
 * dockerfile2llb parses every stage's base name as an image reference before anything runs
 * (`failed to parse stage name %q: …`). Names with variables depend on build args: skipped here.
 */
function checkStageNames(parsed: ParsedDockerfile): Diagnostic | null {
  const stages = parsed.stages;
  for (let i = 0; i < stages.length; i++) {
    const name = stages[i].baseName;
    if (name.includes('$') || name === 'scratch') continue;
    // BuildKit's addState: the base is an earlier stage only when the name matches exactly (stage
    // names are stored lowercased, so `FROM Builder` is an image reference, and an invalid one).
    if (stages.slice(0, i).some((s) => s.name !== '' && s.name === name)) continue;
    try {
      parseNormalizedNamed(name);
    } catch (e) {
      return {
        line: stages[i].startLine,
        endLine: stages[i].endLine,
        severity: 'error',
        message: `failed to parse stage name ${goQuote(name)}: ${(e as Error).message}`,
        code: 'stage-name',
      };
    }
  }
  return null;
}
