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
 * computed, e.g. `sleep infinity` in a container's shell) cannot be placed exactly from outside
 * the engine; it is delivered one macrotask after the input before it was consumed, or at the next
 * read if that comes first. A busy Ctrl-C that ended the logged command is replayed by its
 * `interruptedAtStep` instead, as before (LiveRun drops that marker unless it is needed to tell it
 * from a `read` one), so a final busy marker is skipped when the entry has a step.
 *
 * Example (record): const typed = []; kb.record(typed); await session.input(line); kb.stop();
 *          (replay): kb.play(entry.input, { endsByStep: true }); await session.input(line); kb.stop();
 */
import type { InputEvent } from './model.ts';

/** The engine's InputStream shape (sandbox-engine/shell/process.ts), without its internals. */
export interface Keyboard {
  readonly isTTY: boolean;
  read(): Promise<Uint8Array | null>;
  readAll(): Promise<Uint8Array>;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'record'; events: InputEvent[]; decoder: TextDecoder; pending: number }
  | { kind: 'play'; events: readonly InputEvent[]; pos: number; skipLastBusy: boolean };

const encoder = new TextEncoder();

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function isInterrupt(e: InputEvent | undefined): e is { interrupt: 'read' | 'busy' } {
  return typeof e === 'object' && e !== null;
}

export function isBusyInterrupt(e: InputEvent | undefined): boolean {
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
  private mode: Mode = { kind: 'idle' };
  /** Bumped by every Ctrl-C: a read in flight from before it belongs to a reader that is gone. */
  private epoch = 0;

  /** `interrupt` is the session's Ctrl-C (a replayed one goes through it as a live one does). */
  constructor(live: Keyboard, interrupt: () => void) {
    this.live = live;
    this.interrupt = interrupt;
  }

  get isTTY(): boolean {
    return this.live.isTTY;
  }

  /** A live command starts: what its reads get goes into `events`. */
  record(events: InputEvent[]): void {
    this.mode = { kind: 'record', events, decoder: new TextDecoder(), pending: 0 };
  }

  /** A recorded command is replayed. `endsByStep`: its interruptedAtStep stops it, not a marker. */
  play(events: readonly InputEvent[], opts: { endsByStep: boolean }): void {
    const mode: Mode = { kind: 'play', events, pos: 0, skipLastBusy: opts.endsByStep };
    this.mode = mode;
    this.armBusy(mode);
  }

  /** The command ended: reads still in flight (a reader that outlived it) are not its input. */
  stop(): void {
    const m = this.mode;
    if (m.kind === 'record') {
      const rest = m.decoder.decode();
      if (rest !== '') m.events.push(rest);
    }
    this.mode = { kind: 'idle' };
  }

  /** A live Ctrl-C, before the session gets it: noted where it came, reads in flight abandoned. */
  noteInterrupt(): void {
    const m = this.mode;
    this.epoch++;
    if (m.kind !== 'record') return;
    m.events.push({ interrupt: m.pending > 0 ? 'read' : 'busy' });
    m.pending = 0;
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
    if (m.pos >= m.events.length || (isInterrupt(e) && this.isSkipped(m, m.pos))) return Promise.resolve(null);
    m.pos++;
    if (!isInterrupt(e)) {
      this.armBusy(m);
      return Promise.resolve(e === null ? null : encoder.encode(e));
    }
    // A Ctrl-C at this read: delivered once the engine waits here (all it does first is done), as
    // the live one found it; the session then fails the read, and this answer is not used.
    return macrotask().then(() => {
      if (this.mode === m) {
        this.epoch++;
        this.interrupt();
        this.armBusy(m);
      }
      return null;
    });
  }

  /** The final busy Ctrl-C of a command its step stops. */
  private isSkipped(m: Extract<Mode, { kind: 'play' }>, i: number): boolean {
    const e = m.events[i];
    return m.skipLastBusy && i === m.events.length - 1 && isInterrupt(e) && e.interrupt === 'busy';
  }

  /** A busy Ctrl-C next: delivered after a macrotask unless a read takes it first. */
  private armBusy(m: Extract<Mode, { kind: 'play' }>): void {
    const i = m.pos;
    const e = m.events[i];
    if (!isInterrupt(e) || e.interrupt !== 'busy' || this.isSkipped(m, i)) return;
    void macrotask().then(() => {
      if (this.mode !== m || m.pos !== i) return;
      m.pos++;
      this.epoch++;
      this.interrupt();
      this.armBusy(m);
    });
  }
}
