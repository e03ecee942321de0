/**
 * Dockerfile diagnostics (sandbox-engine/builder/dockerfile/diagnostics.ts) to monaco markers.
 * Pure: the view passes the model's line texts, so this runs in Node tests without monaco.
 */
import type { Diagnostic } from '../../../sandbox-engine/builder/dockerfile/diagnostics.ts';

/** monaco.MarkerSeverity's values (a const enum in monaco's typings; copied to stay monaco-free). */
export const SEVERITY = { warning: 4, error: 8 } as const;

/** The fields of monaco.editor.IMarkerData this adapter fills. */
export interface MarkerData {
  severity: number;
  message: string;
  source: string;
  code?: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * One marker per diagnostic. Without columns a diagnostic covers its lines from the first
 * non-blank character to the end, so the squiggle sits under the instruction, not the indentation.
 * Lines past the end of the text (an edit raced the diagnosis) are clamped to the last line.
 */
export function toMarkers(diagnostics: readonly Diagnostic[], lines: readonly string[]): MarkerData[] {
  const count = Math.max(1, lines.length);
  const clamp = (n: number) => Math.min(Math.max(1, n), count);
  const text = (n: number) => lines[n - 1] ?? '';
  return diagnostics.map((d) => {
    const start = clamp(d.line);
    const end = clamp(d.endLine ?? d.line);
    const firstNonBlank = /^[ \t]*/.exec(text(start))![0].length + 1;
    let startColumn = d.column ?? firstNonBlank;
    let endColumn = d.endColumn ?? text(end).length + 1;
    // An empty or blank line still gets a visible one-character marker.
    if (start === end && endColumn <= startColumn) {
      startColumn = Math.min(startColumn, text(start).length + 1);
      endColumn = startColumn + 1;
    }
    const marker: MarkerData = {
      severity: SEVERITY[d.severity],
      message: d.message,
      source: 'docker build',
      startLineNumber: start,
      startColumn,
      endLineNumber: end,
      endColumn,
    };
    if (d.code !== undefined) marker.code = d.code;
    return marker;
  });
}
