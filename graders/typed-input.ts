/**
 * The terminal's keyboard as a LiveRun's session reads it, recorded and replayed.
 *
 * Live, reads go to the real keyboard (the browser's typed lines) and every result a command's read
 * got is written down in the log entry of the line that completed the command (`LogEntry.input`):
 * the text, an end-of-file (null), and Ctrl-Cs in their place. A replay serves those events to the
 * same reads in the same order; once they are used up a read gets end-of-file, as from a terminal
 * nobody types into. Lines typed but never read are not here: the shell ran them as later lines.
 *
 * Ctrl-C: `read` (a read was waiting when it came) is replayed by interrupting the session at that
 * read, once the engine is idle waiting for it, as the live interrupt found it. `busy` (the command
 * computed or waited, e.g. `sleep infinity` in a container's shell, or the docker client waiting
 * for its container) carries the session step at which it landed (`step`, filled in by LiveRun):
 * once the input before it has been consumed, it is scheduled at that step (`schedule`), so it
 * lands where it did live (daemon/wait.ts charges the steps a waiting client makes). A busy marker
 * without a step (logs from before steps were recorded) is delivered one macrotask after the input
 * before it, or at the next read if that comes first. A Ctrl-C that ended the logged command is
 * replayed by its `interruptedAtStep` (`finalStep`), scheduled once all the input is consumed;
 * a final busy marker is then skipped (LiveRun keeps one only to tell the end from a `read` one).
 *
 * Example (record): const typed = []; kb.record(typed); await session.input(line); kb.stop();
 *          (replay): kb.play(entry.input, { finalStep: 57 }); await session.input(line); kb.stop();
 */
import type { InputEvent, InputInterrupt } from './model.ts';

/** The engine's InputStream shape (sandbox-engine/shell/process.ts), without its internals. */
export interface Keyboard {
  readonly isTTY: boolean;
  read(): Promise<Uint8Array | null>;
  readAll(): Promise<Uint8Array>;
  /** End reads in progress (with end-of-file): their reader is gone. */
  abandonReads?(): void;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'record'; events: InputEvent[]; decoder: TextDecoder; pending: number }
  | { kind: 'play'; events: readonly InputEvent[]; pos: number; finalStep: number | undefined; finalArmed: boolean };

const encoder = new TextEncoder();

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function isInterrupt(e: InputEvent | undefined): e is InputInterrupt {
  return typeof e === 'object' && e !== null;
}

export function isBusyInterrupt(e: InputEvent | undefined): e is InputInterrupt {
  return isInterrupt(e) && e.interrupt === 'busy';
}

/** Whether a recorded command was stopped by a Ctrl-C at a read (its marker replays it, not the step). */
export function endsAtRead(input: readonly InputEvent[] | undefined): boolean {
  const last = input?.at(-1);
  return isInterrupt(last) && last.interrupt === 'read';
}

export class TypedInput implements Keyboard {
  private readonly live: Keyboard;
  private readonly interrupt: () => void;
  private readonly schedule: (step: number) => void;
  private mode: Mode = { kind: 'idle' };
  /** Bumped by every Ctrl-C: a read in flight from before it belongs to a reader that is gone. */
  private epoch = 0;

  /**
   * `interrupt` is the session's Ctrl-C (a replayed one goes through it as a live one does);
   * `schedule` places one at a step of the running command (session.scheduleInterrupt).
   */
  constructor(live: Keyboard, interrupt: () => void, schedule: (step: number) => void = () => undefined) {
    this.live = live;
    this.interrupt = interrupt;
    this.schedule = schedule;
  }

  get isTTY(): boolean {
    return this.live.isTTY;
  }

  /** A live command starts: what its reads get goes into `events`. */
  record(events: InputEvent[]): void {
    this.mode = { kind: 'record', events, decoder: new TextDecoder(), pending: 0 };
  }

  /**
   * A recorded command is replayed. `finalStep`: its interruptedAtStep, which stops it once all
   * its input is consumed (not given when a `read` marker ends it).
   */
  play(events: readonly InputEvent[], opts: { finalStep?: number } = {}): void {
    const mode: Mode = { kind: 'play', events, pos: 0, finalStep: opts.finalStep, finalArmed: false };
    this.mode = mode;
    this.advance(mode);
  }

  /**
   * The command ended: reads still in flight (a reader that outlived it, such as a container the
   * client let go of) are not its input, and must not take what is typed for the next command.
   */
  stop(): void {
    const m = this.mode;
    if (m.kind === 'record') {
      const rest = m.decoder.decode();
      if (rest !== '') m.events.push(rest);
      if (m.pending > 0) this.live.abandonReads?.();
    }
    this.mode = { kind: 'idle' };
  }

  /**
   * A live Ctrl-C, before the session gets it: noted where it came (the marker is returned, for
   * the step where it lands), reads in flight abandoned.
   */
  noteInterrupt(): InputInterrupt | undefined {
    const m = this.mode;
    this.epoch++;
    if (m.kind !== 'record') return undefined;
    const marker: InputInterrupt = { interrupt: m.pending > 0 ? 'read' : 'busy' };
    m.events.push(marker);
    m.pending = 0;
    return marker;
  }

  read(): Promise<Uint8Array | null> {
    const m = this.mode;
    if (m.kind === 'play') return this.playRead(m);
    if (m.kind === 'idle') return this.live.read();
    return this.recordRead(m);
  }

  async readAll(): Promise<Uint8Array> {
    const epoch = this.epoch;
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const c = await this.read();
      // After a Ctrl-C nobody waits for the rest: reading on would take what is typed next.
      if (c === null || this.epoch !== epoch) break;
      parts.push(c);
      n += c.length;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  private async recordRead(m: Extract<Mode, { kind: 'record' }>): Promise<Uint8Array | null> {
    const epoch = this.epoch;
    m.pending++;
    const c = await this.live.read();
    // Abandoned by a Ctrl-C (the session already failed this read) or outlived its command.
    if (this.epoch !== epoch || this.mode !== m) return c;
    m.pending--;
    if (c === null) {
      const rest = m.decoder.decode();
      if (rest !== '') m.events.push(rest);
      m.events.push(null);
    } else {
      const text = m.decoder.decode(c, { stream: true });
      if (text !== '') m.events.push(text);
    }
    return c;
  }

  private playRead(m: Extract<Mode, { kind: 'play' }>): Promise<Uint8Array | null> {
    const e = m.events[m.pos];
    if (m.pos >= m.events.length) return Promise.resolve(null);
    m.pos++;
    if (!isInterrupt(e)) {
      this.advance(m);
      return Promise.resolve(e === null ? null : encoder.encode(e));
    }
    // A Ctrl-C at this read (or a stepless busy one the read reached first): delivered once the
    // engine waits here (all it does first is done), as the live one found it; the session then
    // fails the read, and this answer is not used.
    return macrotask().then(() => {
      if (this.mode === m) {
        this.epoch++;
        this.interrupt();
        this.advance(m);
      }
      return null;
    });
  }

  /** The final busy Ctrl-C of a command its step stops (that step replays it). */
  private isSkipped(m: Extract<Mode, { kind: 'play' }>, i: number): boolean {
    const e = m.events[i];
    if (m.finalStep === undefined || i !== m.events.length - 1 || !isBusyInterrupt(e)) return false;
    return e.step === undefined || e.step === m.finalStep;
  }

  /**
   * After an event was consumed: the busy Ctrl-Cs that follow it are placed (by their step, or a
   * macrotask later when they have none), and at the end the final step is scheduled.
   */
  private advance(m: Extract<Mode, { kind: 'play' }>): void {
    for (;;) {
      const i = m.pos;
      if (i >= m.events.length) {
        if (m.finalStep !== undefined && !m.finalArmed) {
          m.finalArmed = true;
          this.schedule(m.finalStep);
        }
        return;
      }
      const e = m.events[i];
      if (!isInterrupt(e) || e.interrupt !== 'busy') return;
      if (this.isSkipped(m, i)) {
        m.pos++;
        continue;
      }
      if (e.step !== undefined) {
        m.pos++;
        this.schedule(e.step);
        continue;
      }
      void macrotask().then(() => {
        if (this.mode !== m || m.pos !== i) return;
        m.pos++;
        this.epoch++;
        this.interrupt();
        this.advance(m);
      });
      return;
    }
  }
}
