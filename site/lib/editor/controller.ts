/**
 * The file editor's logic without DOM or monaco: which file is shown, reading and saving through
 * the terminal's worker, following the host when a command changes a file, and what the status
 * line says. mount.ts connects it to FileEditor.astro's elements; the monaco view is created
 * through `createView` only when the student opens the editor (view.ts, a separate chunk).
 * Node tests drive it with a fake terminal and a fake view.
 */
import {
  created, edited, hostRead, loaded, readFailed, saved, saveFailed, saving, statusOf, type FileBuffer,
} from './buffer.ts';
import { isDockerfile } from './files.ts';
import { fill, type EditorStrings } from './strings.ts';

/** What the editor needs from the page's terminal (a MountedTerminal has all of it). */
export interface EditorTerminal {
  readFile(path: string): Promise<string | null>;
  writeFile(path: string, text: string): Promise<void>;
  /** Called after every command, after a save and after a restart; returns an unsubscribe. */
  onState(cb: (state: unknown) => void): () => void;
}

export interface ViewCallbacks {
  /** The student changed the text of `path`. */
  onEdit(path: string, text: string): void;
  /** Ctrl/Cmd-S in the editor. */
  onSave(): void;
  /** Escape in the editor when no widget needs it: focus leaves the editor. */
  onEscape(): void;
  /** Diagnostics of a Dockerfile were recomputed. */
  onProblems(path: string, count: number): void;
}

/** The monaco side (view.ts). */
export interface EditorView {
  /** Shows `path` (creating its model from `text` the first time); read-only until loaded. */
  show(path: string, text: string, editable: boolean): void;
  /** The host's content replaced the buffer (an undoable edit, so the student can step back). */
  replace(path: string, text: string): void;
  focus(): void;
  dispose(): void;
}

export type ViewFactory = (callbacks: ViewCallbacks) => Promise<EditorView>;

export type Phase = 'closed' | 'loading' | 'open' | 'failed';

/** What the page shows; mount.ts renders it. `status` is FileEditor's data-status value. */
export interface EditorSnapshot {
  phase: Phase;
  current: string;
  status: 'closed' | 'loading' | 'reading' | 'new' | 'saved' | 'unsaved' | 'saving' | 'error';
  message: string;
  /** Diagnostics count of the current Dockerfile; null when not a Dockerfile or not yet known. */
  problems: number | null;
  canSave: boolean;
}

export interface ControllerOptions {
  files: readonly string[];
  terminal: EditorTerminal;
  strings: EditorStrings;
  createView: ViewFactory;
  render(snapshot: EditorSnapshot): void;
  /** Where focus goes on Escape (the current tab). */
  leave(): void;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class EditorController {
  private readonly opts: ControllerOptions;
  private readonly buffers = new Map<string, FileBuffer>();
  private readonly problems = new Map<string, number>();
  /** Files whose buffer last changed because the terminal changed the file (said in the status). */
  private readonly reloaded = new Set<string>();
  private view: EditorView | null = null;
  private phase: Phase = 'closed';
  private loadError = '';
  private current: string;
  private refreshing = false;
  private refreshAgain = false;
  private readonly unsubscribe: () => void;
  private disposed = false;

  constructor(opts: ControllerOptions) {
    this.opts = opts;
    this.current = opts.files[0] ?? '';
    for (const f of opts.files) this.buffers.set(f, created(f));
    this.unsubscribe = opts.terminal.onState(() => void this.refresh());
    this.render();
  }

  get phaseNow(): Phase {
    return this.phase;
  }

  get currentFile(): string {
    return this.current;
  }

  buffer(path: string): FileBuffer | undefined {
    return this.buffers.get(path);
  }

  /** Loads monaco and reads every file (both at once); a second call while open just focuses. */
  async open(): Promise<void> {
    if (this.phase === 'open') {
      this.view?.focus();
      return;
    }
    if (this.phase === 'loading') return;
    this.phase = 'loading';
    this.render();
    const reads = Promise.all(this.opts.files.map((f) => this.readInitial(f)));
    let view: EditorView;
    try {
      view = await this.opts.createView(this.callbacks());
    } catch (e) {
      await reads;
      this.phase = 'failed';
      this.loadError = errorText(e);
      this.render();
      return;
    }
    await reads;
    if (this.disposed) {
      view.dispose();
      return;
    }
    this.view = view;
    this.phase = 'open';
    this.showCurrent();
    this.render();
    view.focus();
  }

  select(path: string): void {
    if (!this.buffers.has(path)) return;
    this.current = path;
    if (this.phase === 'open') this.showCurrent();
    this.render();
  }

  /** Writes the current buffer to the host; the file is created if it did not exist. */
  async save(): Promise<void> {
    const path = this.current;
    const b = this.buffers.get(path);
    if (this.phase !== 'open' || b === undefined || !b.loaded || b.pending !== null) return;
    const out = saving(b);
    this.set(path, out);
    this.reloaded.delete(path);
    this.render();
    try {
      await this.opts.terminal.writeFile(path, out.pending!);
      this.set(path, saved(this.buffers.get(path)!));
    } catch (e) {
      this.set(path, saveFailed(this.buffers.get(path)!, errorText(e)));
    }
    this.render();
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    this.view?.dispose();
    this.view = null;
  }

  private callbacks(): ViewCallbacks {
    return {
      onEdit: (path, text) => {
        const b = this.buffers.get(path);
        if (b === undefined) return;
        const next = edited(b, text);
        if (next === b) return;
        this.set(path, next);
        this.reloaded.delete(path);
        this.render();
      },
      onSave: () => void this.save(),
      onEscape: () => this.opts.leave(),
      onProblems: (path, count) => {
        this.problems.set(path, count);
        this.render();
      },
    };
  }

  private async readInitial(path: string): Promise<void> {
    try {
      const text = await this.opts.terminal.readFile(path);
      this.set(path, loaded(this.buffers.get(path)!, text));
    } catch (e) {
      this.set(path, readFailed(this.buffers.get(path)!, errorText(e)));
    }
  }

  /** Re-reads every file after the terminal's state changed; one pass at a time, coalesced. */
  private async refresh(): Promise<void> {
    if (this.phase !== 'open' && this.phase !== 'loading') return;
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.refreshAgain = false;
        for (const path of this.opts.files) await this.refreshOne(path);
      } while (this.refreshAgain && !this.disposed);
    } finally {
      this.refreshing = false;
    }
  }

  private async refreshOne(path: string): Promise<void> {
    const before = this.buffers.get(path)!;
    let host: string | null;
    try {
      host = await this.opts.terminal.readFile(path);
    } catch {
      return; // a failed re-read changes nothing; the next state tries again
    }
    const current = this.buffers.get(path)!;
    if (!current.loaded) {
      // The first read had failed: this one succeeds.
      this.set(path, loaded(current, host));
      if (path === this.current && this.phase === 'open') this.showCurrent();
      this.render();
      return;
    }
    // An edit arrived while reading: decide against the buffer as it is now.
    const { buffer, reload } = hostRead(current, host);
    if (buffer === current) return;
    this.set(path, buffer);
    if (reload && before.text !== buffer.text) {
      this.reloaded.add(path);
      this.view?.replace(path, buffer.text);
    }
    this.render();
  }

  private set(path: string, b: FileBuffer): void {
    this.buffers.set(path, b);
  }

  private showCurrent(): void {
    const b = this.buffers.get(this.current);
    if (b === undefined || this.view === null) return;
    this.view.show(this.current, b.text, b.loaded);
  }

  private render(): void {
    this.opts.render(this.snapshot());
  }

  snapshot(): EditorSnapshot {
    const s = this.opts.strings.status;
    const file = this.current;
    const base = { phase: this.phase, current: file, problems: null, canSave: false };
    if (this.phase === 'closed') return { ...base, status: 'closed', message: s.closed };
    if (this.phase === 'loading') return { ...base, status: 'loading', message: s.loading };
    if (this.phase === 'failed') return { ...base, status: 'error', message: fill(s.loadFailed, { error: this.loadError }) };
    const b = this.buffers.get(file)!;
    const status = statusOf(b);
    let message: string;
    switch (status) {
      case 'reading':
        message = fill(s.reading, { file });
        break;
      case 'error':
        message = b.loaded ? fill(s.saveFailed, { error: b.error! }) : fill(s.readFailed, { file, error: b.error! });
        break;
      case 'saving':
        message = s.saving;
        break;
      case 'new':
        message = fill(s.newFile, { file });
        break;
      case 'unsaved':
        message = b.conflict ? fill(s.conflict, { file }) : s.unsaved;
        break;
      case 'saved':
        message = this.reloaded.has(file) ? fill(s.reloaded, { file }) : s.saved;
        break;
    }
    let problems: number | null = null;
    if (isDockerfile(file) && b.loaded && this.problems.has(file)) {
      problems = this.problems.get(file)!;
      message += ' ' + (problems > 0 ? fill(this.opts.strings.problems, { count: problems }) : this.opts.strings.noProblems);
    }
    // Always allowed once read: saving an unchanged file is harmless and keeps the button predictable.
    const canSave = b.loaded && b.pending === null;
    return { ...base, status, message, problems, canSave };
  }
}
