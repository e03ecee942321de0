/**
 * Replay: build an exercise's starting scenario on a fresh host with the submission's seed, feed
 * the student's log line by line into a fresh session (honouring Ctrl-C at the recorded step), and
 * take the exercise's snapshot after setup and after every complete command. The same code backs
 * the browser's live checks (`LiveRun`) and the grading CLI (`replay`), so both see one state.
 */
import { createHost, createSession, observeDocker, type ExtendedShellSession, type Host, type InputResult, type SessionOptions, type StreamName } from '../sandbox-engine/index.ts';
import type { CheckContext, CommandRecord, Exercise, LogEntry } from './model.ts';
import type { Submission } from './submission.ts';
import { gradeContext, type GradeResult } from './grade.ts';

export interface StartOptions {
  /** Default: the exercise's scenario seed. */
  seed?: number;
  columns?: number;
  onOutput?: (text: string, stream: StreamName) => void;
  /**
   * The terminal's keyboard: the browser passes what the student types. Default: a terminal on
   * which nothing is typed (grading replays; the log holds command lines only).
   */
  stdin?: SessionOptions['stdin'];
  /** The browser passes a macrotask yield so Ctrl-C arrives while a command runs. */
  yieldControl?: () => Promise<void>;
}

/**
 * The terminal's keyboard in a replay: a TTY (so `docker exec -it` is allowed, as in the browser)
 * on which nothing more is typed. Programs that wait for typed input get end-of-file; the log
 * records command lines only (see the report of this slice).
 */
const TERMINAL_WITHOUT_TYPING: NonNullable<SessionOptions['stdin']> = {
  isTTY: true,
  read: async () => null,
  readAll: async () => new Uint8Array(0),
};

/** The engine objects and the checks' view of one run. */
export class LiveRun<S> {
  readonly exercise: Exercise<S>;
  readonly host: Host;
  readonly session: ExtendedShellSession;
  private readonly log: LogEntry[] = [];
  private readonly timeline: S[] = [];
  private readonly commands: CommandRecord[] = [];
  /** Lines and output of the command being typed or run. */
  private pending: { lines: string[]; output: string } = { lines: [], output: '' };
  private baseline: Record<string, string> = {};
  readonly seed: number;

  private constructor(exercise: Exercise<S>, seed: number, host: Host, session: ExtendedShellSession) {
    this.exercise = exercise;
    this.seed = seed;
    this.host = host;
    this.session = session;
  }

  /** A host with the exercise's scenario applied, and the student's session on it. */
  static async start<S>(exercise: Exercise<S>, opts: StartOptions = {}): Promise<LiveRun<S>> {
    const sc = exercise.scenario;
    const seed = opts.seed ?? sc.seed;
    const host = createHost({ seed });
    const root = createSession({ host, user: 'root', cwd: '/root' });
    for (const img of sc.images ?? []) await root.input(`docker pull -q ${img}`);
    const fs = host.fs(host.credOf('student')!, '/home/student');
    for (const [path, text] of Object.entries(sc.files ?? {})) fs.writeFile(path, text);
    const setup = createSession({ host });
    for (const line of sc.commands ?? []) await setup.input(line);
    let sink: (t: string) => void = () => {};
    // As the browser's terminal (site/lib/terminal/worker.ts): a TTY, so `-it` behaves the same.
    const session = createSession({
      host,
      tty: true,
      stdin: opts.stdin ?? TERMINAL_WITHOUT_TYPING,
      columns: opts.columns ?? 80,
      yieldControl: opts.yieldControl,
      onOutput: (t, stream) => {
        sink(t);
        opts.onOutput?.(t, stream);
      },
    });
    const run = new LiveRun(exercise, seed, host, session);
    sink = (t) => {
      run.pending.output += t;
    };
    const docker = observeDocker(host);
    if (docker) run.baseline = exercise.baseline?.(docker, host) ?? {};
    run.observe();
    return run;
  }

  private observe(): void {
    const docker = observeDocker(this.host);
    if (docker) this.timeline.push(this.exercise.snapshot(docker, this.host));
  }

  /** One terminal line; a snapshot is taken when it completed a command. */
  async input(entry: LogEntry): Promise<InputResult> {
    if (entry.interruptedAtStep !== undefined) this.session.scheduleInterrupt(entry.interruptedAtStep);
    this.log.push({ ...entry });
    this.pending.lines.push(entry.line);
    const r = await this.session.input(entry.line);
    if (r.kind === 'continue') return r;
    const text = this.pending.lines.join('\n');
    if (text.trim() === '') {
      // A blank line is no command: the shell records nothing, and neither do we.
      this.pending = { lines: [], output: '' };
      return r;
    }
    // A live Ctrl-C (session.interrupt()) is recorded where it landed, for the replay to repeat.
    const landed = this.session.entries.at(-1)?.interruptedAtStep;
    if (landed !== undefined) this.log[this.log.length - 1].interruptedAtStep = landed;
    this.commands.push({ text, output: this.pending.output, status: r.status });
    this.pending = { lines: [], output: '' };
    this.observe();
    return r;
  }

  /**
   * Ctrl-C at a continuation prompt: the shell drops the open construct, and its lines leave the
   * log too (they never ran), so a replay does not join them to the next command.
   */
  cancelPending(): void {
    this.session.interrupt();
    this.log.length -= this.pending.lines.length;
    this.pending = { lines: [], output: '' };
  }

  /** What the browser exports for grading: the log and the seed, nothing it concluded itself. */
  submission(): Submission {
    return { exercise: this.exercise.id, seed: this.seed, log: this.log.map((e) => ({ ...e })) };
  }

  /** The live check, after every command and on "Check". */
  grade(): GradeResult {
    return gradeContext(this.exercise, this.context());
  }

  context(): CheckContext<S> {
    return { host: this.host, docker: observeDocker(this.host), log: this.log, timeline: this.timeline, commands: this.commands, baseline: this.baseline };
  }
}

/** A submission's log replayed on a fresh engine. */
export async function replay<S>(exercise: Exercise<S>, seed: number, log: readonly LogEntry[]): Promise<LiveRun<S>> {
  const run = await LiveRun.start(exercise, { seed });
  for (const e of log) await run.input(e);
  return run;
}
