/**
 * The file editor's controller with a fake terminal (a file map like the worker's host) and a fake
 * view (what monaco would show): open, read, save, follow the terminal, status texts.
 */
import { describe, expect, it } from 'vitest';
import {
  EditorController, type EditorSnapshot, type EditorTerminal, type EditorView, type ViewCallbacks,
} from '../../site/lib/editor/controller.ts';
import { editorEn } from '../../site/i18n/editor.en.ts';

class FakeTerminal implements EditorTerminal {
  files = new Map<string, string>();
  writes: [string, string][] = [];
  failWrite: string | null = null;
  private listeners = new Set<(s: unknown) => void>();
  async readFile(path: string): Promise<string | null> {
    return this.files.get(path) ?? null;
  }
  async writeFile(path: string, text: string): Promise<void> {
    if (this.failWrite !== null) throw new Error(this.failWrite);
    this.writes.push([path, text]);
    this.files.set(path, text);
    this.emit(); // the worker answers `written`, then `state`
  }
  onState(cb: (s: unknown) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  /** A command ran in the terminal. */
  emit(): void {
    for (const cb of this.listeners) cb({});
  }
}

class FakeView implements EditorView {
  models = new Map<string, string>();
  shown = '';
  editable = false;
  focused = 0;
  disposed = false;
  cb: ViewCallbacks;
  constructor(cb: ViewCallbacks) {
    this.cb = cb;
  }
  show(path: string, text: string, editable: boolean): void {
    if (!this.models.has(path) || this.models.get(path) !== text) this.models.set(path, text);
    this.shown = path;
    this.editable = editable;
  }
  replace(path: string, text: string): void {
    this.models.set(path, text);
    this.cb.onEdit(path, text); // monaco reports its own edits too
  }
  focus(): void {
    this.focused++;
  }
  dispose(): void {
    this.disposed = true;
  }
  /** The student types. */
  type(text: string): void {
    this.models.set(this.shown, text);
    this.cb.onEdit(this.shown, text);
  }
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(files = ['build/Dockerfile', 'run.sh']) {
  const terminal = new FakeTerminal();
  let view: FakeView | null = null;
  let viewLoads = 0;
  const snapshots: EditorSnapshot[] = [];
  let left = 0;
  const controller = new EditorController({
    files,
    terminal,
    strings: editorEn,
    render: (s) => snapshots.push(s),
    createView: async (cb) => {
      viewLoads++;
      view = new FakeView(cb);
      return view;
    },
    leave: () => left++,
  });
  return {
    terminal,
    controller,
    snapshots,
    last: () => snapshots[snapshots.length - 1],
    view: () => view!,
    viewLoads: () => viewLoads,
    left: () => left,
  };
}

describe('file editor controller', () => {
  it('is closed and loads nothing until opened', async () => {
    const t = setup();
    t.terminal.emit();
    await settle();
    expect(t.viewLoads()).toBe(0);
    expect(t.last()).toMatchObject({ phase: 'closed', status: 'closed', message: 'The editor is closed.', canSave: false });
  });

  it('opens: reads the files, shows the first, focuses the editor', async () => {
    const t = setup();
    t.terminal.files.set('build/Dockerfile', 'FROM alpine\n');
    const opening = t.controller.open();
    expect(t.last()).toMatchObject({ phase: 'loading', status: 'loading' });
    await opening;
    expect(t.viewLoads()).toBe(1);
    expect(t.view().shown).toBe('build/Dockerfile');
    expect(t.view().models.get('build/Dockerfile')).toBe('FROM alpine\n');
    expect(t.view().editable).toBe(true);
    expect(t.view().focused).toBe(1);
    expect(t.last()).toMatchObject({ phase: 'open', status: 'saved', message: 'All changes saved.', canSave: true });
    // Opening again only focuses.
    await t.controller.open();
    expect(t.viewLoads()).toBe(1);
    expect(t.view().focused).toBe(2);
  });

  it('a missing file is an empty buffer; saving creates it', async () => {
    const t = setup();
    await t.controller.open();
    expect(t.last()).toMatchObject({ status: 'new', message: 'build/Dockerfile does not exist yet; saving creates it.' });
    t.view().type('FROM alpine\nCMD ["sh"]\n');
    expect(t.last()).toMatchObject({ status: 'unsaved', message: 'Unsaved changes.' });
    const saving = t.controller.save();
    expect(t.last()).toMatchObject({ status: 'saving', canSave: false });
    await saving;
    await settle();
    expect(t.terminal.writes).toEqual([['build/Dockerfile', 'FROM alpine\nCMD ["sh"]\n']]);
    expect(t.last()).toMatchObject({ status: 'saved' });
  });

  it('reloads an unmodified buffer when a command changes the file', async () => {
    const t = setup();
    t.terminal.files.set('build/Dockerfile', 'FROM alpine\n');
    await t.controller.open();
    t.terminal.files.set('build/Dockerfile', 'FROM alpine\nRUN echo x\n'); // echo 'RUN echo x' >> build/Dockerfile
    t.terminal.emit();
    await settle();
    expect(t.view().models.get('build/Dockerfile')).toBe('FROM alpine\nRUN echo x\n');
    expect(t.controller.buffer('build/Dockerfile')!.text).toBe('FROM alpine\nRUN echo x\n');
    expect(t.last()).toMatchObject({
      status: 'saved',
      message: 'build/Dockerfile changed in the terminal; the new contents are shown.',
    });
  });

  it('keeps unsaved edits when a command changes the file, and says saving overwrites', async () => {
    const t = setup();
    t.terminal.files.set('build/Dockerfile', 'FROM alpine\n');
    await t.controller.open();
    t.view().type('FROM ubuntu\n');
    t.terminal.files.set('build/Dockerfile', 'FROM alpine\nRUN x\n');
    t.terminal.emit();
    await settle();
    expect(t.view().models.get('build/Dockerfile')).toBe('FROM ubuntu\n');
    expect(t.last()).toMatchObject({
      status: 'unsaved',
      message: 'build/Dockerfile changed in the terminal; saving will overwrite that change.',
    });
    await t.controller.save();
    await settle();
    expect(t.terminal.files.get('build/Dockerfile')).toBe('FROM ubuntu\n');
    expect(t.last()).toMatchObject({ status: 'saved', message: 'All changes saved.' });
  });

  it('switches tabs, each file with its own buffer', async () => {
    const t = setup();
    t.terminal.files.set('run.sh', 'echo hi\n');
    await t.controller.open();
    t.view().type('FROM alpine\n');
    t.controller.select('run.sh');
    expect(t.view().shown).toBe('run.sh');
    expect(t.last()).toMatchObject({ current: 'run.sh', status: 'saved' });
    t.controller.select('build/Dockerfile');
    expect(t.last()).toMatchObject({ current: 'build/Dockerfile', status: 'unsaved' });
    t.controller.select('nope');
    expect(t.last().current).toBe('build/Dockerfile');
  });

  it('shows a failed save with the error text', async () => {
    const t = setup();
    await t.controller.open();
    t.view().type('x');
    t.terminal.failWrite = 'Permission denied';
    await t.controller.save();
    expect(t.last()).toMatchObject({ status: 'error', message: 'Not saved: Permission denied', canSave: true });
    expect(t.controller.buffer('build/Dockerfile')!.text).toBe('x');
  });

  it('reports a monaco load failure and stays usable for a retry', async () => {
    const terminal = new FakeTerminal();
    const snapshots: EditorSnapshot[] = [];
    let attempts = 0;
    const controller = new EditorController({
      files: ['Dockerfile'],
      terminal,
      strings: editorEn,
      render: (s) => snapshots.push(s),
      createView: async (cb) => {
        if (++attempts === 1) throw new Error('Failed to fetch dynamically imported module');
        return new FakeView(cb);
      },
      leave: () => {},
    });
    await controller.open();
    expect(snapshots[snapshots.length - 1]).toMatchObject({
      phase: 'failed',
      status: 'error',
      message: 'Could not load the editor: Failed to fetch dynamically imported module',
    });
    await controller.open();
    expect(snapshots[snapshots.length - 1]).toMatchObject({ phase: 'open' });
  });

  it('adds the Dockerfile problem count to the status, not for other files', async () => {
    const t = setup();
    await t.controller.open();
    t.view().cb.onProblems('build/Dockerfile', 2);
    expect(t.last()).toMatchObject({ problems: 2, message: 'build/Dockerfile does not exist yet; saving creates it. Problems: 2.' });
    t.view().cb.onProblems('build/Dockerfile', 0);
    expect(t.last().message).toMatch(/No problems found\.$/);
    t.view().cb.onProblems('run.sh', 3);
    t.controller.select('run.sh');
    expect(t.last().problems).toBeNull();
  });

  it('Escape in the editor hands focus back to the page', async () => {
    const t = setup();
    await t.controller.open();
    t.view().cb.onEscape();
    expect(t.left()).toBe(1);
  });

  it('stops following the terminal once disposed', async () => {
    const t = setup();
    await t.controller.open();
    t.controller.dispose();
    expect(t.view().disposed).toBe(true);
    t.terminal.files.set('build/Dockerfile', 'changed');
    const before = t.snapshots.length;
    t.terminal.emit();
    await settle();
    expect(t.snapshots.length).toBe(before);
  });
});
