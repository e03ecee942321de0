/** The Workspace's logic without a DOM: saving on every state, announcements, undo, reset, import, share. */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../graders/grade.ts';
import type { LogEntry, MessageKey } from '../../graders/model.ts';
import type { LessonState } from '../../site/lib/terminal/protocol.ts';
import type { InspectorState } from '../../site/lib/inspector/types.ts';
import { LessonSession } from '../../site/lib/lesson/session.ts';
import { createProgressStore, STORAGE_KEY } from '../../site/lib/progress/store.ts';
import { encodeShare, decodeShare } from '../../site/lib/progress/share.ts';
import { FakeStorage } from './fake-storage.ts';

const noInspector: InspectorState = { containers: [], selected: null, images: [], volumes: [] };

function grade(passed: string[]): GradeResult {
  const ids = ['diff', 'commit', 'base'];
  const tasks = ids.map((id) => ({ id, title: { key: `layers.${id}.title` as MessageKey }, weight: 1, passed: passed.includes(id), ...(passed.includes(id) ? {} : { diagnosis: { key: 'layers.commit.missing' as const, params: { image: 'layered:v1' } } }) }));
  return { exercise: 'layers', tasks, score: passed.length, maxScore: 3 };
}

function state(log: string[], lastCommandStart: number, passed: string[] | null = [], seed = 1): LessonState {
  return { log: log.map((line) => ({ line })), lastCommandStart, seed, grade: passed === null ? null : grade(passed), inspector: noInspector };
}

class FakeTerminal {
  restarts: Array<{ log?: LogEntry[]; seed?: number }> = [];
  restart(o: { log?: LogEntry[]; seed?: number } = {}): void {
    this.restarts.push(o);
  }
}

/** `null`: the sandbox (no exercise). */
function setup(exercise: string | null = 'layers') {
  const storage = new FakeStorage();
  const store = createProgressStore(storage, () => new Date('2026-05-01T10:00:00.000Z'));
  const session = new LessonSession({ exercise: exercise ?? undefined, store, now: () => new Date('2026-05-01T10:00:00.000Z') });
  const terminal = new FakeTerminal();
  session.attach(terminal);
  return { storage, store, session, terminal };
}

describe('LessonSession', () => {
  it('starts fresh, or from the saved log with the seed it was made with', () => {
    const { store, session } = setup();
    expect(session.initialRun('layers', '')).toEqual({ options: { exercise: 'layers' } });
    store.saveLesson('layers', { seed: 5, log: [{ line: 'docker ps' }], updatedAt: '' });
    expect(session.initialRun('layers', '')).toEqual({ options: { exercise: 'layers', seed: 5, log: [{ line: 'docker ps' }] } });
    // A shared fragment means nothing on a lesson page.
    expect(session.initialRun('layers', encodeShare({ seed: 9, log: [] })).options.seed).toBe(5);
  });

  it('in the sandbox a shared link wins over the saved log; a damaged one falls back to it', () => {
    const { store, session } = setup(null);
    expect(session.id).toBe('sandbox');
    store.saveLesson('sandbox', { seed: 1, log: [{ line: 'mine' }], updatedAt: '' });
    const shared = { seed: 4, log: [{ line: 'docker run alpine echo hi' }, { line: 'docker ps -a' }] };
    expect(session.initialRun(undefined, encodeShare(shared))).toEqual({ options: { seed: 4, log: shared.log }, shared: { lines: 2 } });
    expect(session.initialRun(undefined, '#log=@@')).toEqual({ options: { seed: 1, log: [{ line: 'mine' }] }, shared: 'damaged' });
    expect(session.initialRun(undefined, '')).toEqual({ options: { seed: 1, log: [{ line: 'mine' }] } });
  });

  it('saves every state (log, seed, task counts) before anything else', () => {
    const { store, session } = setup();
    const out = session.onState(state(['docker run --name layered alpine:3.20 true'], 0, ['base'], 3));
    expect(out.saved).toBe(true);
    expect(store.loadLesson('layers')).toEqual({
      seed: 3,
      log: [{ line: 'docker run --name layered alpine:3.20 true' }],
      results: { passed: 1, total: 3 },
      updatedAt: '2026-05-01T10:00:00.000Z',
    });
  });

  it('says when the browser refuses to save', () => {
    const { storage, session } = setup();
    storage.failWrites = true;
    expect(session.onState(state(['ls'], 0)).saved).toBe(false);
  });

  it('announces tasks that turn green, but not those already green after a replay', () => {
    const { session } = setup();
    // The first state replays saved progress: its passed tasks are not news.
    expect(session.onState(state(['a'], 0, ['diff'])).turnedGreen).toEqual([]);
    expect(session.onState(state(['a', 'b'], 1, ['diff', 'commit'])).turnedGreen).toEqual([{ key: 'layers.commit.title' }]);
    expect(session.onState(state(['a', 'b', 'c'], 2, ['diff', 'commit'])).turnedGreen).toEqual([]);
    // Failing again and passing again is news again.
    session.onState(state(['a', 'b', 'c', 'd'], 3, ['diff']));
    expect(session.onState(state(['a', 'b', 'c', 'd', 'e'], 4, ['diff', 'commit'])).turnedGreen).toEqual([{ key: 'layers.commit.title' }]);
  });

  it('the sandbox has no grade and keeps its log too', () => {
    const { store, session } = setup(null);
    expect(session.onState(state(['docker ps'], 0, null)).turnedGreen).toEqual([]);
    expect(store.loadLesson('sandbox')).toEqual({ seed: 1, log: [{ line: 'docker ps' }], updatedAt: '2026-05-01T10:00:00.000Z' });
  });

  it('undo drops the whole last command (several lines) and saves the shorter log at once', () => {
    const { store, session, terminal } = setup();
    expect(session.canUndo).toBe(false);
    expect(session.undo()).toBeNull();
    const lines = ['docker run --name c alpine true', 'for i in 1 2', 'do echo $i', 'done'];
    session.onState(state(lines, 1));
    expect(session.canUndo).toBe(true);
    expect(session.undo()).toBe('for i in 1 2\ndo echo $i\ndone');
    expect(terminal.restarts).toEqual([{ log: [{ line: 'docker run --name c alpine true' }], seed: 1 }]);
    expect(store.loadLesson('layers')!.log).toEqual([{ line: 'docker run --name c alpine true' }]);
    // The replay's state then comes back with the first command as the last one.
    expect(session.onState(state(['docker run --name c alpine true'], 0, ['diff'])).turnedGreen).toEqual([]);
    expect(session.undo()).toBe('docker run --name c alpine true');
    expect(terminal.restarts[1]).toEqual({ log: [], seed: 1 });
  });

  it('nothing to undo before the first complete command', () => {
    const { session, terminal } = setup();
    session.onState(state([], -1));
    expect(session.canUndo).toBe(false);
    expect(session.undo()).toBeNull();
    expect(terminal.restarts).toEqual([]);
  });

  it('reset forgets the log and its results, keeps the seed, and restarts fresh', () => {
    const { store, session, terminal } = setup();
    session.onState(state(['a', 'b'], 1, ['diff'], 6));
    session.reset();
    expect(terminal.restarts).toEqual([{ log: [], seed: 6 }]);
    expect(store.loadLesson('layers')).toEqual({ seed: 6, log: [], updatedAt: '2026-05-01T10:00:00.000Z' });
    expect(session.canUndo).toBe(false);
  });

  it('reset before any state clears nothing it does not know and lets the terminal keep its seed', () => {
    const { storage, session, terminal } = setup();
    session.reset();
    expect(terminal.restarts).toEqual([{ log: [] }]);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('an import holding this lesson replays it; a damaged one leaves the lesson running as it was', () => {
    const { store, session, terminal } = setup();
    session.onState(state(['a'], 0));
    const before = store.loadProgress();
    expect(session.importText('{"format":"dockersim-progress","version":1,"submissions":[{"exercise":"layers"')).toMatchObject({ ok: false, error: 'damaged' });
    expect(store.loadProgress()).toEqual(before);
    expect(terminal.restarts).toEqual([]);
    const other = JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'volumes', seed: 2, log: [{ line: 'x' }] });
    expect(session.importText(other)).toEqual({ ok: true, exercises: ['volumes'] });
    expect(terminal.restarts).toEqual([]);
    const mine = JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 4, log: [{ line: 'y' }] });
    expect(session.importText(mine)).toEqual({ ok: true, exercises: ['layers'] });
    expect(terminal.restarts).toEqual([{ log: [{ line: 'y' }], seed: 4 }]);
  });

  it('exports what the store holds and shares the current log with its seed', () => {
    const { session } = setup(null);
    session.onState(state(['docker volume create v', 'docker volume ls'], 1, null, 8));
    const link = session.shareLink('https://x.test/ru/sandbox/#old');
    expect(link.startsWith('https://x.test/ru/sandbox/#log=')).toBe(true);
    expect(decodeShare(link.slice(link.indexOf('#')))).toEqual({ seed: 8, log: [{ line: 'docker volume create v' }, { line: 'docker volume ls' }] });
    expect(JSON.parse(session.exportText()).submissions).toEqual([]);
  });
});
