/**
 * Reading `docker build` progress from a command's output: which Dockerfile steps ran and which
 * came from the cache. BuildKit's plain progress names a step once and reports its end later:
 *
 *   #7 [stage-0 3/4] RUN grep -q token /tmp/key.json && echo "dataset 1.0" > data.txt
 *   #7 CACHED            (or `#7 DONE 0.1s`, or `#7 ERROR: …`)
 *
 * The tty display (what a terminal shows by default) puts both on one line, cut to the
 * terminal's width (` => CACHED [3/4] RUN grep -q tok…   0.0s`), and redraws its frames; a build
 * ends with a `FINISHED` (or `ERROR`) header. Both forms are read. A quiet build (`-q`) prints no
 * steps and is not seen here, which can only make a check stricter.
 */

export interface BuildStep {
  /** `3/4`: the step's place among the Dockerfile's steps in its stage. */
  label: string;
  /** The instruction as printed: `RUN grep -q …`, `COPY app.sh .`. */
  instruction: string;
  cached: boolean;
}

export interface BuildRun {
  steps: BuildStep[];
  /** The image was written (`writing image sha256:…`): the build succeeded. */
  succeeded: boolean;
}

const PLAIN_START = /^#1 \[internal\] load build definition/;
const PLAIN_STEP = /^#(\d+) \[(?:[^\]\s]+ )?(\d+\/\d+)\] (.*)$/;
const PLAIN_CACHED = /^#(\d+) CACHED\s*$/;
const TTY_START = /^\[\+\] Building/;
const TTY_STEP = /=> (CACHED |ERROR )?\[(?:[^\]\s]+ )?(\d+\/\d+)\] (.*?)(?:\s+\d+\.\d+s)?\s*$/;
/** The last line of a failed build, in either form. */
const FAILED = /^ERROR: failed to build/;
const WRITTEN = /writing image sha256:[0-9a-f]/;

/** Every build in one command's output, in order. */
export function parseBuilds(output: string): BuildRun[] {
  // eslint-disable-next-line no-control-regex -- the tty display redraws with escape sequences
  const lines = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n|\r/);
  const runs: BuildRun[] = [];
  let cur: { byVertex: Map<string, BuildStep>; byLabel: Map<string, BuildStep>; run: BuildRun; ttyDone: boolean } | undefined;
  const start = () => {
    cur = { byVertex: new Map(), byLabel: new Map(), run: { steps: [], succeeded: false }, ttyDone: false };
    runs.push(cur.run);
    return cur;
  };
  for (const line of lines) {
    if (PLAIN_START.test(line)) start();
    else if (TTY_START.test(line)) {
      // A header after a build's last frame (FINISHED) or its error epilogue starts the next build;
      // any other header is a redraw of the same build.
      const c = !cur || cur.ttyDone ? start() : cur;
      if (/FINISHED|ERROR/.test(line)) c.ttyDone = true;
      continue;
    }
    const c = cur;
    if (!c) continue;
    if (WRITTEN.test(line)) c.run.succeeded = true;
    if (FAILED.test(line)) c.ttyDone = true;
    let m = PLAIN_STEP.exec(line);
    if (m) {
      if (!c.byVertex.has(m[1])) {
        const step: BuildStep = { label: m[2], instruction: m[3], cached: false };
        c.byVertex.set(m[1], step);
        c.run.steps.push(step);
      }
      continue;
    }
    m = PLAIN_CACHED.exec(line);
    if (m) {
      const step = c.byVertex.get(m[1]);
      if (step) step.cached = true;
      continue;
    }
    m = TTY_STEP.exec(line);
    if (m) {
      // The tty display redraws the same steps: keep one per label, with its latest state.
      const cached = m[1] === 'CACHED ';
      const known = c.byLabel.get(m[2]);
      if (known) known.cached = cached;
      else {
        const step: BuildStep = { label: m[2], instruction: m[3], cached };
        c.byLabel.set(m[2], step);
        c.run.steps.push(step);
      }
    }
  }
  return runs;
}
