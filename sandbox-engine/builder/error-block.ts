/**
 * What buildx prints after a failed build (docs §9.4, as real Engine 28 logs show it): the failed
 * step between `------` lines with its last log lines, the Dockerfile lines around the failing
 * instruction (`%4d | `, `>>> ` on the instruction's lines, two lines of context each side), then
 * `ERROR: failed to build: failed to solve: <error>`.
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

export function errorBlock(dockerfile: string, name: string, f: BuildFailure): string {
  let out = '';
  if (f.vertex !== undefined) {
    out += '------\n';
    out += ` > ${f.vertex}:\n`;
    for (const l of (f.logs ?? []).slice(-LOG_TAIL)) out += `${l}\n`;
    out += '------\n';
  }
  if (f.startLine > 0) {
    const lines = dockerfile.split('\n');
    out += `${name}:${f.startLine === f.endLine ? f.startLine : `${f.startLine}-${f.endLine}`}\n`;
    out += '--------------------\n';
    const from = Math.max(1, f.startLine - 2);
    const to = Math.min(lines.length, f.endLine + 2);
    for (let n = from; n <= to; n++) {
      const mark = n >= f.startLine && n <= f.endLine ? '>>> ' : '    ';
      out += `${String(n).padStart(4)} | ${mark}${lines[n - 1]}\n`;
    }
    out += '--------------------\n';
  }
  out += `ERROR: failed to build: failed to solve: ${f.message}\n`;
  return out;
}
