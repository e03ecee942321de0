/**
 * The worker's logic without the Worker: it takes the page's messages (protocol.ts) and answers
 * through `post`, so Node tests drive it directly. worker.ts only wires it to `self`.
 *
 * The run is graders' LiveRun, so the page and the grading CLI see one state: an `init` builds the
 * exercise's starting scenario (or the sandbox's bare host), replays the saved log with output
 * discarded, each command getting the terminal input its entry recorded and then end-of-file
 * (exactly as the grading replay does), then answers `ready` and `state`. Every line typed goes
 * through LiveRun.input, so the log records it, with what the command read from the terminal
 * (`stdin`, `eof`, and `interrupt` while it waited) and a live Ctrl-C at the step where it landed.
 *
 * Lines run one after another (a chain of promises); `interrupt`, `stdin` and `eof` act at once,
 * which works because the session gives the event loop a turn (`turn`) every few thousand steps.
 * An `init` starts a new generation: the old run is interrupted and abandoned, and nothing more of
 * it reaches the page.
 *
 * Example (Node):
 *   const host = new EngineHost({ post: (m) => got.push(m) });
 *   host.handle({ type: 'init', columns: 80, exercise: 'layers' });
 *   host.handle({ type: 'input', line: 'docker ps' });
 *   await host.settled();   // got: ready, state, output..., result, state
 */
import { observeDocker } from '../../../sandbox-engine/index.ts';
import { LiveRun } from '../../../graders/replay.ts';
import { EXERCISES } from '../../../graders/exercises/index.ts';
import type { Exercise, LogEntry } from '../../../graders/model.ts';
import type { InputResult } from '../../../sandbox-engine/index.ts';
import type { FromWorker, LessonState, ToWorker } from './protocol.ts';
import { StdinQueue } from './stdin-queue.ts';
import { OutputBatch } from './output-batch.ts';
import { sandboxExercise } from './sandbox-exercise.ts';
import { EMPTY_INSPECTOR, inspectorState } from '../inspector/model.ts';
import { STUDENT_HOME, readAsStudent, saveCommandLines, saveProblem } from './editor-save.ts';
import { strerror } from '../../../sandbox-engine/vfs/errors.ts';

export interface EngineHostOptions {
  post(message: FromWorker): void;
  /** A macrotask turn, so messages arrive while a command runs (the worker: a MessageChannel). */
  turn?: () => Promise<void>;
}

type AnyRun = LiveRun<unknown>;

/** One host and its session: what an `init` builds and the next `init` abandons. */
interface Generation {
  run: AnyRun | undefined;
  graded: boolean;
  stdin: StdinQueue;
  /** While the saved log is replayed: output dropped, the keyboard gives end-of-file. */
  replaying: boolean;
  /** While an editor save runs its command: output kept aside, for an error report. */
  saveOutput: string | null;
  /** Where each complete command starts in the log. */
  commandStarts: number[];
  /** Log entries so far (LiveRun's own count: every line fed, minus dropped constructs). */
  entries: number;
  /** Lines of the command being typed (open construct), and where it started in the log. */
  pendingLines: string[];
  pendingStart: number;
  /** Set when `exit` ended the session: where that command starts (left out of the saved log). */
  exitedAt: number | null;
  /** Input events of the running command already in a posted state. */
  inputPosted: number;
}

const defaultTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class EngineHost {
  private readonly post: (m: FromWorker) => void;
  private readonly turn: () => Promise<void>;
  private readonly output: OutputBatch;
  private gen: Generation | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** A command (or an editor save) runs now. */
  private running = false;
  /** `stdin` messages received, all time, reported back so the page knows when none are in flight. */
  private stdinSeen = 0;
  /** Lines received but not started yet. */
  private lineQueued = 0;
  /** Editor saves received but not answered yet: a read waits for them. */
  private writesQueued = 0;
  private selected: string | null = null;

  constructor(opts: EngineHostOptions) {
    this.post = opts.post;
    this.turn = opts.turn ?? defaultTurn;
    this.output = new OutputBatch((text, stream) => this.post({ type: 'output', text, stream }));
  }

  /** Resolves when everything received so far has been handled (for tests). */
  async settled(): Promise<void> {
    let q: Promise<void>;
    do {
      q = this.queue;
      await q;
    } while (q !== this.queue);
    this.output.flush();
  }

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'init':
        return this.init(msg);
      case 'input':
        this.lineQueued++;
        return this.enqueue(async (g) => {
          this.lineQueued--;
          await this.runLine(g, msg.line);
        });
      case 'readFile': {
        // Reading changes nothing: answered at once, unless the host is still being built or a
        // save is on its way.
        const g = this.gen;
        if (g?.run && !g.replaying && this.writesQueued === 0) return this.readFile(g, msg.id, msg.path);
        return this.enqueue(async (g2) => this.readFile(g2, msg.id, msg.path));
      }
      case 'writeFile':
        this.writesQueued++;
        return this.enqueue(async (g) => {
          try {
            await this.writeFile(g, msg.id, msg.path, msg.text);
          } finally {
            if (g === this.gen) this.writesQueued--;
          }
        });
      case 'select':
        this.selected = msg.container;
        if (this.gen?.run && !this.gen.replaying) this.postState(this.gen);
        return;
      case 'interrupt':
        return this.interrupt();
      case 'stdin': {
        this.stdinSeen++;
        const g = this.gen;
        if (!g) return;
        g.stdin.push(msg.data);
        // Typed while the last command ran, but it ended first: give it back for the shell to run.
        // (A line still queued to run will find the data waiting, as a command reading it should.)
        if (!this.running && !this.lineQueued) this.post({ type: 'typeAhead', lines: g.stdin.drainLines(), stdinSeen: this.stdinSeen });
        return;
      }
      case 'eof':
        // Meant for a command that has ended: it must not end the next command's input at once.
        if (this.running || this.lineQueued) this.gen?.stdin.signalEof();
        return;
    }
  }

  /** Runs `step` after everything queued before it, if no `init` came in between. */
  private enqueue(step: (g: Generation) => Promise<void> | void): void {
    const g = this.gen;
    this.queue = this.queue
      .then(() => {
        if (g && g === this.gen) return step(g);
      })
      .catch((e: unknown) => this.report(e));
  }

  private init(msg: Extract<ToWorker, { type: 'init' }>): void {
    const old = this.gen;
    if (old) {
      // Stop what the old session runs (a read, a loop); whatever it still does is not ours.
      old.run?.interrupt();
      old.stdin.abandonReads();
    }
    this.output.drop();
    this.running = false;
    this.lineQueued = 0;
    this.writesQueued = 0;
    const g: Generation = {
      run: undefined,
      graded: false,
      stdin: new StdinQueue(),
      replaying: true,
      saveOutput: null,
      commandStarts: [],
      entries: 0,
      pendingLines: [],
      pendingStart: -1,
      exitedAt: null,
      inputPosted: 0,
    };
    this.gen = g;
    g.stdin.onWait = () => {
      if (g !== this.gen) return;
      this.output.flush();
      this.post({ type: 'reading' });
      // What the running command has read so far goes into a state now: a reload inside
      // `docker run -it` then keeps the work done in the container (the replay ends the shell there).
      const run = g.run;
      if (!run || g.replaying || !this.running || g.saveOutput !== null) return;
      const n = run.inputSoFar();
      if (n > g.inputPosted) {
        g.inputPosted = n;
        this.postState(g);
      }
    };
    // Not behind the old chain: its command may take a moment to notice the interrupt.
    this.queue = this.start(g, msg).catch((e: unknown) => this.report(e));
  }

  private async start(g: Generation, msg: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    let exercise: Exercise<unknown> = sandboxExercise;
    if (msg.exercise !== undefined) {
      const found = EXERCISES.get(msg.exercise);
      if (!found) throw new Error(`unknown exercise: ${msg.exercise}`);
      exercise = found;
    }
    g.graded = exercise !== sandboxExercise;
    const keyboard = {
      isTTY: true,
      read: () => (g.replaying ? Promise.resolve(null) : g.stdin.read()),
      readAll: () => (g.replaying ? Promise.resolve(new Uint8Array(0)) : g.stdin.readAll()),
      // A reader that outlived its command (a container its client let go of) must not take
      // what is typed for the next one.
      abandonReads: () => g.stdin.abandonReads(),
    };
    const run = await LiveRun.start(exercise, {
      seed: msg.seed,
      columns: msg.columns,
      stdin: keyboard,
      yieldControl: () => {
        if (g === this.gen && !g.replaying) this.output.flush();
        return this.turn();
      },
      onOutput: (text, stream) => {
        if (g !== this.gen || g.replaying) return;
        if (g.saveOutput !== null) g.saveOutput += text;
        else this.output.add(text, stream);
      },
    });
    if (g !== this.gen) return;
    g.run = run;
    const log = msg.log ?? [];
    for (const entry of log) {
      // With the input its command read live (LiveRun serves it; the keyboard is not touched).
      const again: LogEntry = { line: entry.line };
      if (entry.interruptedAtStep !== undefined) again.interruptedAtStep = entry.interruptedAtStep;
      if (entry.input !== undefined) again.input = entry.input;
      await this.feed(g, again, true);
      if (g !== this.gen) return;
    }
    g.replaying = false;
    this.post({ type: 'ready', prompt: run.session.prompt(), replayed: log.length, continuing: g.pendingLines.length > 0 });
    this.postState(g);
  }

  /** One line into the run, keeping track of where commands start in the log. */
  private async feed(g: Generation, entry: LogEntry, replay = false): Promise<InputResult> {
    const run = g.run!;
    if (g.pendingLines.length === 0) g.pendingStart = g.entries;
    g.pendingLines.push(entry.line);
    g.entries++;
    const r = await run.input(entry, { replay });
    if (r.kind === 'continue') return r;
    // A blank line is no command (LiveRun records none either).
    if (g.pendingLines.join('\n').trim() !== '') {
      g.commandStarts.push(g.pendingStart);
      if (r.kind === 'exit' && g.exitedAt === null) g.exitedAt = g.pendingStart;
    }
    g.pendingLines = [];
    return r;
  }

  private async runLine(g: Generation, line: string): Promise<void> {
    const run = g.run;
    if (!run) return this.post({ type: 'error', message: 'no session: send init first' });
    this.running = true;
    g.inputPosted = 0;
    let r: InputResult;
    try {
      r = await this.feed(g, { line });
    } finally {
      if (g === this.gen) this.running = false;
    }
    if (g !== this.gen) return;
    this.output.flush();
    this.post({
      type: 'result',
      kind: r.kind,
      status: r.kind === 'continue' ? run.session.lastStatus : r.status,
      prompt: run.session.prompt(),
      typeAhead: g.stdin.drainLines(),
      stdinSeen: this.stdinSeen,
    });
    if (r.kind !== 'continue') this.postState(g);
  }

  private interrupt(): void {
    const g = this.gen;
    const run = g?.run;
    if (!g || !run || g.replaying) return;
    if (this.running) {
      // Noted in the log where it came among the command's reads, for a replay to repeat.
      run.interrupt();
      // The session fails a read in progress with the interrupt; drop our end of it.
      g.stdin.abandonReads();
      return;
    }
    // Idle: the open construct (if any) is gone, from the shell and from the log.
    const dropped = g.pendingLines.length;
    run.cancelPending();
    g.entries -= dropped;
    g.pendingLines = [];
    this.post({ type: 'prompt', prompt: run.session.prompt() });
    if (dropped > 0) this.postState(g);
  }

  private studentFs(run: AnyRun) {
    return run.host.fs(run.host.credOf('student')!, STUDENT_HOME);
  }

  private readFile(g: Generation, id: number, path: string): void {
    const run = g.run;
    if (!run) return this.post({ type: 'file', id, text: null, error: 'no session' });
    const fs = this.studentFs(run);
    const r = readAsStudent(fs, fs.resolve(path));
    this.post(r.error !== undefined ? { type: 'file', id, text: null, error: r.error } : { type: 'file', id, text: r.text });
  }

  private async writeFile(g: Generation, id: number, path: string, text: string): Promise<void> {
    const run = g.run!;
    // The save is a command at the prompt: not in the middle of one, nor after `exit`.
    if (g.pendingLines.length > 0 || g.exitedAt !== null) return this.post({ type: 'written', id, error: strerror('EBUSY') });
    const fs = this.studentFs(run);
    const abs = fs.resolve(path);
    const problem = saveProblem(fs, abs);
    if (problem !== null) return this.post({ type: 'written', id, error: problem });
    this.running = true;
    g.saveOutput = '';
    let status = 0;
    try {
      for (const line of saveCommandLines(abs, text)) {
        const r = await this.feed(g, { line });
        if (r.kind !== 'continue') status = r.status;
      }
    } finally {
      if (g === this.gen) this.running = false;
    }
    const said = g.saveOutput.trim();
    g.saveOutput = null;
    if (g !== this.gen) return;
    // Type-ahead cannot have come in (the page was at its prompt); nothing to hand back.
    this.post(status === 0 ? { type: 'written', id } : { type: 'written', id, error: said || `exit status ${status}` });
    this.postState(g);
  }

  private state(g: Generation): LessonState {
    const run = g.run!;
    let log = run.submission().log;
    let starts = g.commandStarts;
    // While a command that read typed input runs, it is the last command (undo drops it).
    if (this.running && run.inputSoFar() > 0) starts = [...starts, g.pendingStart];
    // After `exit` the next start replays the work without it: a new login on the same machine.
    if (g.exitedAt !== null) {
      const cut = g.exitedAt;
      log = log.slice(0, cut);
      starts = starts.filter((s) => s < cut);
    }
    const docker = observeDocker(run.host);
    return {
      log,
      lastCommandStart: starts.at(-1) ?? -1,
      seed: run.seed,
      grade: g.graded ? run.grade() : null,
      inspector: docker ? inspectorState(docker, this.selected) : EMPTY_INSPECTOR,
    };
  }

  private postState(g: Generation): void {
    this.post({ type: 'state', state: this.state(g) });
  }

  private report(e: unknown): void {
    this.output.flush();
    this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
