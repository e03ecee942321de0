/**
 * What buildx (v0.29.1, the CLI 28 build client) prints after a failed build:
 * - the progress display's box (vendor/github.com/moby/buildkit/util/progress/progressui/
 *   display.go printErrorLogs): `------`, ` > <failed step>:`, its last log lines, `------`;
 * - then, from cmd/buildx/main.go, whatever the error carries: the Dockerfile lines around the
 *   failing instruction (solver/errdefs/source.go Source.Print) and `ERROR: <error>`, where the
 *   error reads `failed to build: failed to solve: ...` (commands/build.go:461).
 * With -q the display is quiet: only the second part is printed (failureSummary).
 */
export interface BuildFailure {
  /** The error as the solver reports it (after `failed to solve: `). */
  message: string;
  /** What the vertex's ERROR line says when it differs from `message`. */
  vertexMessage?: string;
  /** The failed vertex's name, when a vertex failed. */
  vertex?: string;
  logs?: string[];
  /** 1-based instruction lines in the Dockerfile; 0 when the error has no location. */
  startLine: number;
  endLine: number;
}

/** buildx keeps the last lines of a failed vertex's output for the summary. */
const LOG_TAIL = 10;

/** printErrorLogs: the failed step and its last log lines, when a step failed. */
export function failureBox(f: BuildFailure): string {
  if (f.vertex === undefined) return '';
  let out = '------\n';
  out += ` > ${f.vertex}:\n`;
  for (const l of (f.logs ?? []).slice(-LOG_TAIL)) out += `${l}\n`;
  return `${out}------\n`;
}

/**
 * Source.Print: `<file>:<first line>`, then the lines around the range, `>>>` on the range's
 * lines. Context: up to two lines each side of a one-line range, one each side of a longer one
 * (its padding loop counts a step on each side plus one per round against 4 or 2). The lines
 * are the file split at `\n`, so a final newline shows as an empty last line.
 */
export function sourceExcerpt(dockerfile: string, name: string, startLine: number, endLine: number): string {
  const lines = dockerfile.split('\n');
  const first = startLine;
  const last = Math.max(startLine, endLine);
  if (first < 1 || first > lines.length) return '';
  let start = first;
  let end = Math.min(last, lines.length);
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${name}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const mark = i >= first && i <= last ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}\n`;
  }
  return `${out}--------------------\n`;
}

/** main.go after the display: the excerpt (when the error has a location) and the ERROR line. */
export function failureSummary(dockerfile: string, name: string, f: BuildFailure): string {
  const excerpt = f.startLine > 0 ? sourceExcerpt(dockerfile, name, f.startLine, f.endLine) : '';
  return `${excerpt}ERROR: failed to build: failed to solve: ${f.message}\n`;
}

export function errorBlock(dockerfile: string, name: string, f: BuildFailure): string {
  return failureBox(f) + failureSummary(dockerfile, name, f);
}
