/**
 * The Workspace's logic without the DOM: what to replay when the page opens, what to save on each
 * state, what undo, reset, import and share do to the terminal and the progress store. The DOM
 * side (controller.ts) only draws and forwards clicks, so this part is tested in Node with a fake
 * terminal and a fake storage.
 *
 * Lifecycle: `initialRun()` gives the mount options (saved progress, or a shared link's session in
 * the sandbox); every `state` goes through `onState`, which saves the log before anything else (a
 * reload or a crash then loses nothing) and says which tasks turned green. The first state after a
 * start, a restart or an import is a replay: it announces nothing.
 */
import type { Message, LogEntry } from '../../../graders/model.ts';
import type { LessonState } from '../terminal/protocol.ts';
import type { MountedTerminal, MountOptions } from '../terminal/terminal.ts';
import { undoLog } from '../terminal/log.ts';
import { SANDBOX_ID, type ImportResult, type ProgressStore } from '../progress/store.ts';
import { decodeShare, shareUrl } from '../progress/share.ts';
import { gradeCounts, newlyPassed } from './tasks-view.ts';

export type SessionTerminal = Pick<MountedTerminal, 'restart'>;

export interface StateOutcome {
  /** False when the browser refused to store the progress. */
  saved: boolean;
  /** Tasks that turned green with this state (empty after a replay). */
  turnedGreen: Message[];
}

export interface InitialRun {
  options: MountOptions;
  /** Set when a shared link was opened ('damaged': it could not be read). */
  shared?: { lines: number } | 'damaged';
}

export class LessonSession {
  readonly id: string;
  private readonly store: ProgressStore;
  private readonly now: () => Date;
  private terminal: SessionTerminal | undefined;
  private latest: LessonState | undefined;
  /** The next state is a replay's: nothing turned green in it. */
  private replaying = true;

  /** `key`: where the store keeps this page (default: the exercise id, else the sandbox). */
  constructor(opts: { exercise?: string; key?: string; store: ProgressStore; now?: () => Date }) {
    this.id = opts.key ?? opts.exercise ?? SANDBOX_ID;
    this.store = opts.store;
    this.now = opts.now ?? (() => new Date());
  }

  /**
   * The mount options: in the sandbox a `#log=` fragment wins (the caller then drops the fragment
   * from the address, so a reload replays the saved progress, which by then includes it); else the
   * saved log with the seed it was made with; else a fresh start with the page's seed.
   */
  initialRun(exercise: string | undefined, hash: string): InitialRun {
    const base: MountOptions = exercise === undefined ? {} : { exercise };
    if (this.id === SANDBOX_ID) {
      const shared = decodeShare(hash);
      if (shared === 'damaged') return { ...this.saved(base), shared: 'damaged' };
      if (shared) return { options: { ...base, seed: shared.seed, log: shared.log }, shared: { lines: shared.log.length } };
    }
    return this.saved(base);
  }

  private saved(base: MountOptions): InitialRun {
    const entry = this.store.loadLesson(this.id);
    return { options: entry ? { ...base, seed: entry.seed, log: entry.log } : base };
  }

  attach(terminal: SessionTerminal): void {
    this.terminal = terminal;
  }

  get state(): LessonState | undefined {
    return this.latest;
  }

  get canUndo(): boolean {
    return this.latest !== undefined && this.latest.lastCommandStart >= 0;
  }

  onState(s: LessonState): StateOutcome {
    const before = this.latest;
    this.latest = s;
    const saved = this.store.saveLesson(this.id, {
      seed: s.seed,
      log: s.log,
      ...(s.grade ? { results: { passed: gradeCounts(s.grade).passed, total: gradeCounts(s.grade).total } } : {}),
      updatedAt: this.now().toISOString(),
    });
    const replay = this.replaying;
    this.replaying = false;
    const turnedGreen = !replay && s.grade ? newlyPassed(before?.grade ?? null, s.grade) : [];
    return { saved, turnedGreen };
  }

  /** Restarts with the log before the last command; the undone command's text, or null. */
  undo(): string | null {
    const s = this.latest;
    if (!s || !this.terminal) return null;
    const log = undoLog(s);
    if (log === null) return null;
    const removed = s.log
      .slice(s.lastCommandStart)
      .map((e) => e.line)
      .join('\n')
      .trim();
    this.restartWith(s.seed, log);
    return removed;
  }

  /** A fresh host for the exercise (or the sandbox), its log forgotten. */
  reset(): void {
    if (!this.terminal) return;
    const seed = this.latest?.seed ?? this.store.loadLesson(this.id)?.seed;
    // Nothing known means nothing was saved: there is no log to forget.
    if (seed !== undefined) this.store.saveLesson(this.id, { seed, log: [], updatedAt: this.now().toISOString() });
    this.replaying = true;
    this.latest = undefined;
    // Seed unknown (no state yet, nothing saved): the terminal keeps the one it started with.
    this.terminal.restart(seed === undefined ? { log: [] } : { log: [], seed });
  }

  /** Imports a progress file; when it holds this lesson, the terminal replays the imported log. */
  importText(text: string): ImportResult {
    const r = this.store.importFile(text);
    if (r.ok && r.exercises.includes(this.id)) {
      const entry = this.store.loadLesson(this.id);
      if (entry) this.restartWith(entry.seed, entry.log, false);
    }
    return r;
  }

  exportText(): string {
    return this.store.exportFile();
  }

  /** The page's address with the current session in it (sandbox "share"). */
  shareLink(href: string): string {
    const s = this.latest;
    return shareUrl(href, { seed: s?.seed ?? this.store.loadLesson(this.id)?.seed ?? 1, log: s?.log ?? [] });
  }

  private restartWith(seed: number, log: LogEntry[], save = true): void {
    // Saved first: a reload before the replay's state still comes back to the undone log.
    if (save) this.store.saveLesson(this.id, { seed, log, updatedAt: this.now().toISOString() });
    this.replaying = true;
    this.terminal?.restart({ log, seed });
  }
}
