/**
 * BuildKit's TTY progress display (moby/buildkit v0.25.2 util/progress/progressui/display.go, as
 * buildx v0.29 drives it for `docker build` on a terminal), rendered from the plain progress the
 * builder writes (progress.ts): the vertices, their statuses, times and outcome are all in it.
 *
 * What is drawn: only the final frame (`ttyDisplay.print` with all=true, which the display ends
 * with), preceded by the cursor moves and cursor hiding of a first frame:
 *
 *   [+] Building 1.2s (8/8) FINISHED                                           docker:default
 *    => [internal] load build definition from Dockerfile                                  0.0s
 *    => => transferring dockerfile: 116B                                                  0.0s
 *    => CACHED [2/4] RUN echo built > /built.txt                                          0.0s
 *    => ERROR [3/4] RUN ls /nonexistent                                                   0.1s
 *
 * - header `[+] Building <secs>s (<done>/<total>) FINISHED`, FINISHED only when every known vertex
 *   completed; buildx's console description `docker:default` right-aligned (align(l, desc, width-1));
 * - a line per vertex ` => [CACHED |ERROR |CANCELED ]<name>` and per status ` => => <id>`, padded
 *   so the time `%3.1fs` ends one column before the edge (under 0.05 s shows 0.0s); names cut to
 *   the width; completed lines in blue (`ESC[34m`, red for errors, yellow for canceled), no colour
 *   with NO_COLOR set;
 * - after it, on failure, each failed vertex's whole log between `------` lines (the TTY trace
 *   keeps every line), then buildx's Dockerfile excerpt and `ERROR: …` as in plain mode.
 * Approximations: the intermediate frames a real terminal shows while the build runs (redrawn every
 * 100-150 ms, with the running steps' last output lines) are not drawn; the total counts the
 * vertices seen plus, for a failed build, the remaining steps of the stages seen (`[i/N]`), where
 * BuildKit knows every vertex of the graph.
 */

interface Job {
  name: string;
  seconds: number;
  completed: boolean;
  state: 'ok' | 'cached' | 'error' | 'canceled';
}

interface VertexState extends Job {
  /** Clock ms when its first line came (an ERROR line carries no time). */
  started: number;
  statuses: Job[];
  logs: string[];
}

const ESC = '\x1b[';
const BLUE = `${ESC}34m`;
const RED = `${ESC}31m`;
const YELLOW = `${ESC}33m`;
const RESET = `${ESC}0m`;

/** Go's fmt `%-*s %s`: l padded to w-len(r)-1 columns, a space, r. */
function align(l: string, r: string, w: number): string {
  return `${l.padEnd(w - r.length - 1)} ${r}`;
}

export interface TtyOptions {
  /** Milliseconds on the builder's clock. */
  now: () => number;
  /** Terminal width (80 when unknown, as getSize falls back to). */
  columns: number;
  /** NO_COLOR set: no colour codes. */
  noColor?: boolean;
  /** buildx's console description of the builder. */
  desc?: string;
}

export class TtyProgress {
  private readonly vertices = new Map<number, VertexState>();
  private readonly order: VertexState[] = [];
  private epilogue = '';
  private partial = '';
  private startedAt: number | null = null;
  private readonly opts: TtyOptions;

  constructor(opts: TtyOptions) {
    this.opts = opts;
  }

  /** Feed plain progress text (any chunking). */
  write(text: string): void {
    const s = this.partial + text;
    const lines = s.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) {
      if (line !== '' || this.epilogue !== '') this.epilogue += `${line}\n`;
      return;
    }
    const n = Number(m[1]);
    const rest = m[2];
    if (n === 0) return; // buildx's plain-mode description line
    let v = this.vertices.get(n);
    if (!v) {
      if (this.startedAt === null) this.startedAt = this.opts.now();
      v = { name: rest, seconds: 0, completed: false, state: 'ok', started: this.opts.now(), statuses: [], logs: [] };
      this.vertices.set(n, v);
      this.order.push(v);
      return;
    }
    let t: RegExpExecArray | null;
    if ((t = /^DONE (\d+\.\d+)s$/.exec(rest))) {
      v.completed = true;
      v.seconds = Number(t[1]);
    } else if (rest === 'CACHED') {
      v.completed = true;
      v.state = 'cached';
    } else if (rest === 'CANCELED') {
      v.completed = true;
      v.state = 'canceled';
    } else if (rest.startsWith('ERROR')) {
      v.completed = true;
      v.state = 'error';
      v.seconds = (this.opts.now() - v.started) / 1000;
    } else if ((t = /^(\d+\.\d+) (.*)$/.exec(rest)) || rest === '...') {
      if (t) v.logs.push(`${t[1]} ${t[2]}`);
    } else {
      // A status: `<id>[ <secs>s][ done]`.
      const done = rest.endsWith(' done');
      let id = done ? rest.slice(0, -5) : rest;
      let secs = 0;
      const tm = / (\d+\.\d+)s$/.exec(id);
      if (tm) {
        secs = Number(tm[1]);
        id = id.slice(0, tm.index);
      }
      const known = v.statuses.find((s) => s.name === id);
      if (known) {
        known.completed = known.completed || done;
        known.seconds = secs;
      } else v.statuses.push({ name: id, seconds: secs, completed: done, state: 'ok' });
    }
  }

  /** Vertices of stages seen whose steps never started (a failed build). */
  private unstartedSteps(): number {
    const seen = new Map<string, { max: number; total: number }>();
    for (const v of this.order) {
      const m = /^\[((?:[^\]]* )?)(\s*\d+)\/(\d+)\] /.exec(v.name);
      if (!m) continue;
      const key = m[1];
      const s = seen.get(key) ?? { max: 0, total: Number(m[3]) };
      s.max = Math.max(s.max, Number(m[2]));
      seen.set(key, s);
    }
    let n = 0;
    for (const s of seen.values()) n += Math.max(0, s.total - s.max);
    return n;
  }

  /** The final frame, then the failed vertices' logs and the build's closing lines. */
  finish(): string {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
    const width = this.opts.columns > 0 ? this.opts.columns : 80;
    const colour = (text: string, c: string): string => (this.opts.noColor ? text : `${c}${text}${RESET}`);
    const failed = this.order.some((v) => v.state === 'error');
    const total = this.order.length + (failed ? this.unstartedSteps() : 0);
    const completed = this.order.filter((v) => v.completed).length;
    const secs = this.startedAt === null ? 0 : (this.opts.now() - this.startedAt) / 1000;
    let header = `[+] Building ${secs.toFixed(1)}s (${completed}/${total}) ${completed > 0 && completed === total ? 'FINISHED' : ''}`;
    const desc = this.opts.desc ?? 'docker:default';
    header = desc !== '' ? align(header, desc, width - 1) : align(header, '', width);
    if (header.length > width) header = header.slice(0, width);
    let out = `${ESC}1A${ESC}1B${ESC}0G${ESC}?25l${header}\n`;
    const jobLine = (name: string, seconds: number): string | null => {
      const timer = ` ${(seconds < 0.05 ? 0 : seconds).toFixed(1).padStart(3)}s\n`;
      const left = width - 4 - timer.length - 1;
      if (left < 12) return null;
      return align(` => ${name.length > left ? name.slice(0, left) : name}`, timer, width);
    };
    for (const v of this.order) {
      const label = `${v.state === 'cached' ? 'CACHED ' : ''}${v.state === 'error' ? 'ERROR ' : ''}${v.state === 'canceled' ? 'CANCELED ' : ''}${v.name}`;
      const line = jobLine(label, v.seconds);
      if (line !== null) out += v.completed ? colour(line, v.state === 'error' ? RED : v.state === 'canceled' ? YELLOW : BLUE) : line;
      for (const s of v.statuses) {
        const sl = jobLine(`=> ${s.name}`, s.seconds);
        if (sl !== null) out += s.completed ? colour(sl, BLUE) : sl;
      }
    }
    out += `${ESC}?25h`;
    return out + this.closing();
  }

  /** printErrorLogs with the TTY trace's full logs, then buildx's excerpt and error line. */
  private closing(): string {
    if (this.epilogue === '') return '';
    const lines = this.epilogue.replace(/\n$/, '').split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = /^ > (.*):$/.exec(lines[i]);
      const v = m && i > 0 && lines[i - 1] === '------' ? this.order.find((x) => x.name === m[1] && x.state === 'error') : undefined;
      if (!v) {
        out.push(lines[i]);
        continue;
      }
      out.push(lines[i], ...v.logs);
      while (i + 1 < lines.length && lines[i + 1] !== '------') i++;
    }
    return `${out.join('\n')}\n`;
  }
}
