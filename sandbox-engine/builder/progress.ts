/**
 * BuildKit's plain progress printer (moby v28.5.2 vendor/github.com/moby/buildkit/util/progress/
 * progressui/printer.go) for a build whose vertices run one after another: `#N name`, status
 * lines `#N <id>[ <secs>s][ done]` (the time only when over 0.01 s), log lines `#N <secs> <text>`,
 * then `#N DONE 0.1s`, `#N CACHED` or `#N ERROR: …`; a blank line between vertices. The first
 * line is buildx's description `#0 building with "default" instance using docker driver`.
 * Times come from the virtual clock, so the output is deterministic.
 */
import type { Clock } from '../util/clock.ts';

export interface Vertex {
  readonly index: number;
  readonly name: string;
  readonly started: number;
  /** Log lines kept for the error block (buildx prints the last ones). */
  readonly logs: string[];
}

/** tonistiigi/units `%.2f` of a byte count: `174B`, `1.65kB`, `37.45MB`. */
export function bytesString(n: number): string {
  if (n < 1000) return `${n}B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(2)}${units[i]}`;
}

/** Seconds since the vertex started as printer.go formats log timestamps (3, 2 or 1 decimals). */
function logTime(sec: number): string {
  if (sec < 10) return sec.toFixed(3);
  if (sec < 100) return sec.toFixed(2);
  return sec.toFixed(1);
}

/** A vertex whose end line waits: `CACHED` if a consumer needs its result, else `DONE`. */
export interface PendingVertex {
  v: Vertex;
  /** Its `DONE` line, timed when it was deferred. */
  doneLine: string;
  /** Consumers that have not said yet whether they need the result. */
  consumers: number;
  line: string | null;
}

export class PlainProgress {
  private next = 0;
  private first = true;
  private partial = '';
  private readonly out: (text: string) => void;
  private readonly clock: Clock;
  /** Output held back behind a pending vertex's end line, in order. */
  private readonly queue: Array<string | PendingVertex> = [];

  constructor(clock: Clock, write: (text: string) => void) {
    this.clock = clock;
    this.out = write;
  }

  private write(text: string): void {
    if (this.queue.length === 0) this.out(text);
    else this.queue.push(text);
  }

  private flush(): void {
    while (this.queue.length > 0) {
      const head = this.queue[0];
      if (typeof head === 'string') this.out(head);
      else if (head.line !== null) this.out(head.line);
      else return;
      this.queue.shift();
    }
  }

  /**
   * Leaves `v` open: a FROM whose image BuildKit's cache already holds prints `CACHED` when its
   * result is loaded (the stage's first step misses, or nothing follows it), `DONE` when the
   * steps after it are all cache hits (recorded from BuildKit: engine scenario 246). Later output
   * waits behind its end line; `consumers` say in turn with use().
   */
  defer(v: Vertex, consumers: number): PendingVertex {
    const p: PendingVertex = { v, doneLine: `#${v.index} DONE ${((this.clock.now() - v.started) / 1000).toFixed(1)}s\n`, consumers, line: null };
    this.queue.push(p);
    return p;
  }

  /** One more consumer of a pending vertex (a stage built FROM the stage that opened it). */
  addConsumer(p: PendingVertex): void {
    if (p.line === null) p.consumers++;
  }

  /** A consumer of `p` needs its result (→ CACHED) or not (→ DONE once none is left). */
  use(p: PendingVertex, needed: boolean): void {
    if (p.line !== null) return;
    if (needed) p.line = `#${p.v.index} CACHED\n`;
    else if (--p.consumers <= 0) p.line = p.doneLine;
    this.flush();
  }

  /** The build is over: vertices still open end `DONE` and everything held back is written. */
  end(): void {
    for (const q of this.queue) if (typeof q !== 'string' && q.line === null) q.line = q.doneLine;
    this.flush();
  }

  start(name: string): Vertex {
    this.write(this.first ? '#0 building with "default" instance using docker driver\n\n' : '\n');
    this.first = false;
    const v: Vertex = { index: ++this.next, name, started: this.clock.now(), logs: [] };
    this.write(`#${v.index} ${name}\n`);
    return v;
  }

  /** A status line; `since` is when the status began (its time prints when over 0.01 s). */
  status(v: Vertex, id: string, since: number, done = true): void {
    const secs = (this.clock.now() - since) / 1000;
    const tm = secs > 0.01 ? ` ${secs.toFixed(1)}s` : '';
    this.write(`#${v.index} ${id}${tm}${done ? ' done' : ''}\n`);
  }

  /** Output of a RUN step, split into lines each stamped with the time since the vertex began. */
  log(v: Vertex, text: string): void {
    let s = this.partial + text;
    this.partial = '';
    let nl: number;
    while ((nl = s.indexOf('\n')) >= 0) {
      const line = s.slice(0, nl);
      s = s.slice(nl + 1);
      const stamped = `${logTime((this.clock.now() - v.started) / 1000)} ${line}`;
      v.logs.push(stamped);
      this.write(`#${v.index} ${stamped}\n`);
    }
    this.partial = s;
  }

  private flushPartial(v: Vertex): void {
    if (this.partial !== '') this.log(v, '\n');
  }

  done(v: Vertex): void {
    this.flushPartial(v);
    this.write(`#${v.index} DONE ${((this.clock.now() - v.started) / 1000).toFixed(1)}s\n`);
  }

  cached(v: Vertex): void {
    this.write(`#${v.index} CACHED\n`);
  }

  error(v: Vertex, message: string): void {
    this.flushPartial(v);
    this.write(`#${v.index} ERROR: ${message}\n`);
  }
}

/**
 * The progress of a build whose Dockerfile is missing: the frontend transfers the (empty)
 * dockerfile source, shown as its vertex, then fails to read it (bk:frontend/dockerui/config.go).
 */
export function missingDockerfileProgress(clock: Clock, name: string): string {
  let out = '';
  const p = new PlainProgress(clock, (t) => {
    out += t;
  });
  const v = p.start(`[internal] load build definition from ${name}`);
  p.status(v, 'transferring dockerfile: 2B', clock.now());
  p.done(v);
  return out;
}
