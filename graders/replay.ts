/**
 * Replay: build an exercise's starting scenario on a fresh host with the submission's seed, feed
 * the student's log line by line into a fresh session (honouring Ctrl-C at the recorded step, and
 * giving each command the terminal input it read live, typed-input.ts), and take the exercise's
 * snapshot after setup and after every complete command. The same code backs the browser's live
 * checks (`LiveRun`) and the grading CLI (`replay`), so both see one state.
 */
import { createHost, createSession, observeDocker, type ExtendedShellSession, type Host, type InputResult, type SessionOptions, type StreamName } from '../sandbox-engine/index.ts';
import type { CheckContext, CommandRecord, Exercise, InputEvent, LogEntry } from './model.ts';
import type { Submission } from './submission.ts';
import { gradeContext, type GradeResult } from './grade.ts';
import { endsAtRead, isBusyInterrupt, TypedInput } from './typed-input.ts';

export interface StartOptions {
  /** Default: the exercise's scenario seed. */
  seed?: number;
  columns?: number;
  onOutput?: (text: string, stream: StreamName) => void;
  /**
   * The terminal's keyboard: the browser passes what the student types (what commands read from
   * it is recorded in the log). Default: a terminal on which nothing is typed (grading replays,
   * which serve each command the input its log entry recorded).
   */
  stdin?: SessionOptions['stdin'];
  /** The browser passes a macrotask yield so Ctrl-C arrives while a command runs. */
  yieldControl?: () => Promise<void>;
}

/**
 * The terminal's keyboard in a replay: a TTY (so `docker exec -it` is allowed, as in the browser)
 * on which nothing more is typed. A command reads its recorded input (typed-input.ts) and after
 * it end-of-file.
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
  /** The session's keyboard: records what commands read live, serves it again in a replay. */
  private readonly keyboard: TypedInput;
  private readonly log: LogEntry[] = [];
  private readonly timeline: S[] = [];
  private readonly commands: CommandRecord[] = [];
  /** Lines and output of the command being typed or run. */
  private pending: { lines: string[]; output: string } = { lines: [], output: '' };
  /** The live command running now: its log entry and what it has read so far. */
  private recording: { entry: LogEntry; typed: InputEvent[] } | null = null;
  private baseline: Record<string, string> = {};
  readonly seed: number;

  private constructor(exercise: Exercise<S>, seed: number, host: Host, session: ExtendedShellSession, keyboard: TypedInput) {
    this.exercise = exercise;
    this.seed = seed;
    this.host = host;
    this.session = session;
    this.keyboard = keyboard;
  }

  /** A host with the exercise's scenario applied, and the student's session on it. */
  static async start<S>(exercise: Exercise<S>, opts: StartOptions = {}): Promise<LiveRun<S>> {
    const sc = exercise.scenario;
    const seed = opts.seed ?? sc.seed;
    const host = createHost({ seed });
    const root = createSession({ host, user: 'root', cwd: '/root' });
    for (const img of sc.images ?? []) await root.input(`docker pull -q ${img}`);
    const fs = host.fs(host.credOf('student')!, '/home/student');
    for (const [path, text] of Object.entries(sc.files ?? {})) {
      // Parent directories as `mkdir -p` would make them, owned by the student.
      const parts = path.split('/').slice(0, -1);
      for (let i = 1; i <= parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (dir !== '' && !fs.exists(dir)) fs.mkdir(dir, 0o755);
      }
      fs.writeFile(path, text);
    }
    const setup = createSession({ host });
    for (const line of sc.commands ?? []) await setup.input(line);
    let sink: (t: string) => void = () => {};
    let interrupt: () => void = () => {};
    let schedule: (step: number) => void = () => {};
    const keyboard = new TypedInput(opts.stdin ?? TERMINAL_WITHOUT_TYPING, () => interrupt(), (step) => schedule(step));
    // As the browser's terminal (site/lib/terminal/worker.ts): a TTY, so `-it` behaves the same.
    const session = createSession({
      host,
      tty: true,
      stdin: keyboard,
      columns: opts.columns ?? 80,
      yieldControl: opts.yieldControl,
      onOutput: (t, stream) => {
        sink(t);
        opts.onOutput?.(t, stream);
      },
      // A live Ctrl-C's marker comes back when it lands: a busy one gets the step (a read one is
      // replayed at its read).
      onInterruptLanded: (step, token) => {
        const marker = token as InputEvent | undefined;
        if (isBusyInterrupt(marker)) marker.step = step;
      },
    });
    interrupt = () => session.interrupt();
    schedule = (step) => session.scheduleInterrupt(step);
    const run = new LiveRun(exercise, seed, host, session, keyboard);
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

  /**
   * One terminal line; a snapshot is taken when it completed a command. A replayed entry (`replay`,
   * or any entry that has `input`) gives the command's reads its recorded input, then end-of-file,
   * and is logged as given. Otherwise the command reads the keyboard, and what it read is recorded
   * in the entry.
   */
  async input(entry: LogEntry, opts: { replay?: boolean } = {}): Promise<InputResult> {
    const replaying = opts.replay === true || entry.input !== undefined;
    const step = entry.interruptedAtStep;
    // Stopped at a read: the replayed Ctrl-C comes at that read (the step would come a tick early).
    const finalStep = step !== undefined && !endsAtRead(entry.input) ? step : undefined;
    if (!replaying && finalStep !== undefined) this.session.scheduleInterrupt(finalStep);
    const logged: LogEntry = { line: entry.line };
    if (step !== undefined) logged.interruptedAtStep = step;
    if (entry.input !== undefined) logged.input = [...entry.input];
    this.log.push(logged);
    this.pending.lines.push(entry.line);
    const typed: InputEvent[] = [];
    if (replaying) this.keyboard.play(entry.input ?? [], { finalStep });
    else {
      this.keyboard.record(typed);
      this.recording = { entry: logged, typed };
    }
    const entriesBefore = this.session.entries.length;
    let r: InputResult;
    try {
      r = await this.session.input(entry.line);
    } finally {
      this.keyboard.stop();
      this.recording = null;
    }
    // A live Ctrl-C (session.interrupt()) is recorded where it landed, for the replay to repeat
    // (only if this line ran a command: one too long to run leaves no history entry).
    const ran = this.session.entries.length > entriesBefore;
    const landed = ran ? this.session.entries.at(-1)?.interruptedAtStep : undefined;
    if (landed !== undefined) logged.interruptedAtStep = landed;
    if (!replaying) {
      // A busy Ctrl-C that never landed changed nothing (the command ended first): not replayed.
      const kept = typed.filter((e) => !isBusyInterrupt(e) || e.step !== undefined);
      // The Ctrl-C that stopped a computing command is replayed by its interruptedAtStep; its
      // marker is only kept where a `read` one before it would otherwise look like the end.
      const last = kept.at(-1);
      if (landed !== undefined && isBusyInterrupt(last) && last.step === landed && !endsAtRead(kept.slice(0, -1))) kept.pop();
      if (kept.length > 0) logged.input = kept;
    }
    if (r.kind === 'continue') return r;
    const text = this.pending.lines.join('\n');
    if (text.trim() === '') {
      // A blank line is no command: the shell records nothing, and neither do we.
      this.pending = { lines: [], output: '' };
      return r;
    }
    this.commands.push({ text, output: this.pending.output, status: r.status });
    this.pending = { lines: [], output: '' };
    this.observe();
    return r;
  }

  /**
   * A live Ctrl-C while a command runs: the session stops it (or the program it runs, in a
   * container's shell), and the keyboard notes where it came among the command's reads.
   */
  interrupt(): void {
    this.session.interrupt(this.keyboard.noteInterrupt());
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

  /**
   * What the browser exports for grading: the log and the seed, nothing it concluded itself. While
   * a live command runs, its entry carries what it has read so far: replayed, the command gets
   * that and then end-of-file (a reload inside `docker run -it` keeps what was done there).
   */
  submission(): Submission {
    const rec = this.recording;
    // The running command's input so far, without a Ctrl-C that has not landed yet.
    const typed = rec?.typed.filter((e) => !isBusyInterrupt(e) || e.step !== undefined) ?? [];
    const log = this.log.map((e) => (rec?.entry === e && typed.length > 0 ? copyEntry({ ...e, input: typed }) : copyEntry(e)));
    return { exercise: this.exercise.id, seed: this.seed, log };
  }

  /** Events the running live command has read from the terminal so far (0 when none runs). */
  inputSoFar(): number {
    return this.recording?.typed.length ?? 0;
  }

  /** The live check, after every command and on "Check". */
  grade(): GradeResult {
    return gradeContext(this.exercise, this.context());
  }

  context(): CheckContext<S> {
    return { host: this.host, docker: observeDocker(this.host), log: this.log, timeline: this.timeline, commands: this.commands, baseline: this.baseline };
  }
}

/** A copy with its fields in the file's order (line, interruptedAtStep, input). */
function copyEntry(e: LogEntry): LogEntry {
  const out: LogEntry = { line: e.line };
  if (e.interruptedAtStep !== undefined) out.interruptedAtStep = e.interruptedAtStep;
  if (e.input !== undefined) out.input = e.input.map((x) => (x !== null && typeof x === 'object' ? { ...x } : x));
  return out;
}

/** A submission's log replayed on a fresh engine. */
export async function replay<S>(exercise: Exercise<S>, seed: number, log: readonly LogEntry[]): Promise<LiveRun<S>> {
  const run = await LiveRun.start(exercise, { seed });
  for (const e of log) await run.input(e, { replay: true });
  return run;
}
