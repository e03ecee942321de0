/** The progress store: saving as states arrive, export/import through the graders' file format. */
import { describe, expect, it } from 'vitest';
import { DAMAGED_KEY, STORAGE_KEY, createProgressStore, lessonStatus, type ProgressEntry } from '../../site/lib/progress/store.ts';
import { readSubmissions } from '../../graders/submission.ts';
import { FakeStorage } from './fake-storage.ts';

const at = () => new Date('2026-05-01T10:00:00.000Z');
const layers: ProgressEntry = {
  seed: 1,
  log: [{ line: 'docker run --name layered alpine:3.20 sh -c "mkdir /app"' }, { line: 'sleep 100', interruptedAtStep: 57 }],
  results: { passed: 1, total: 3 },
  updatedAt: '2026-05-01T09:00:00.000Z',
};
const volumes: ProgressEntry = { seed: 2, log: [{ line: 'echo "привет" > f' }, { line: 'for i in 1 2; do' }, { line: 'echo $i; done' }], updatedAt: '2026-05-01T09:30:00.000Z' };
const sandbox: ProgressEntry = { seed: 1, log: [{ line: 'docker ps' }], updatedAt: '2026-05-01T09:45:00.000Z' };

function filled(): { storage: FakeStorage; store: ReturnType<typeof createProgressStore> } {
  const storage = new FakeStorage();
  const store = createProgressStore(storage, at);
  expect(store.saveLesson('layers', layers)).toBe(true);
  expect(store.saveLesson('volumes', volumes)).toBe(true);
  expect(store.saveLesson('sandbox', sandbox)).toBe(true);
  return { storage, store };
}

describe('progress store', () => {
  it('keeps each lesson under its id in localStorage-shaped storage', () => {
    const { storage, store } = filled();
    expect(store.loadLesson('layers')).toEqual(layers);
    expect(store.loadLesson('nope')).toBeUndefined();
    expect(Object.keys(store.loadProgress()).sort()).toEqual(['layers', 'sandbox', 'volumes']);
    // A second store over the same storage (a reload) sees the same.
    expect(createProgressStore(storage).loadLesson('volumes')).toEqual(volumes);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).layers.seed).toBe(1);
  });

  it('saving one lesson leaves the others alone, and a saved log is a copy', () => {
    const { store } = filled();
    const log = [{ line: 'docker images' }];
    store.saveLesson('layers', { seed: 1, log, updatedAt: 'x' });
    log.push({ line: 'changed later' });
    expect(store.loadLesson('layers')!.log).toEqual([{ line: 'docker images' }]);
    expect(store.loadLesson('volumes')).toEqual(volumes);
  });

  it('reports a refused write and never throws (quota, blocked storage, none at all)', () => {
    const { storage, store } = filled();
    storage.failWrites = true;
    expect(store.saveLesson('layers', sandbox)).toBe(false);
    storage.failWrites = false;
    expect(store.loadLesson('layers')).toEqual(layers);
    storage.failReads = true;
    expect(store.loadProgress()).toEqual({});
    const none = createProgressStore(undefined);
    expect(none.saveLesson('layers', layers)).toBe(false);
    expect(none.loadProgress()).toEqual({});
  });

  it('sets an unreadable stored value aside instead of overwriting it', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, '{"layers": {"seed": 1, "log": [');
    const store = createProgressStore(storage);
    expect(store.loadProgress()).toEqual({});
    expect(storage.data.get(DAMAGED_KEY)).toBe('{"layers": {"seed": 1, "log": [');
    // Entries of the wrong shape are skipped, the good ones kept.
    storage.data.set(STORAGE_KEY, JSON.stringify({ layers, bad: { seed: 'x', log: [] }, worse: { seed: 1, log: [{ nope: 1 }] } }));
    expect(Object.keys(store.loadProgress())).toEqual(['layers']);
  });

  it('tells the course map not started / in progress / done', () => {
    expect(lessonStatus(undefined)).toBe('not-started');
    expect(lessonStatus({ seed: 1, log: [{ line: '  ' }], updatedAt: '' })).toBe('not-started');
    expect(lessonStatus(layers)).toBe('in-progress');
    expect(lessonStatus(volumes)).toBe('in-progress');
    expect(lessonStatus({ ...layers, results: { passed: 3, total: 3 } })).toBe('done');
  });
});

describe('export and import', () => {
  it('exports every exercise as the graders read it, with no claimed results and no sandbox', () => {
    const { store } = filled();
    store.saveLesson('page:/lessons/intro/', { seed: 1, log: [{ line: 'ls' }], updatedAt: '' });
    const text = store.exportFile();
    const data = JSON.parse(text);
    expect(data.format).toBe('dockersim-progress');
    expect(data.version).toBe(1);
    expect(text).not.toMatch(/results|passed/);
    const read = readSubmissions(text);
    expect(read).toEqual({
      ok: true,
      submissions: [
        { exercise: 'layers', seed: 1, log: layers.log },
        { exercise: 'volumes', seed: 2, log: volumes.log },
      ],
    });
  });

  it('round-trips into another browser', () => {
    const { store } = filled();
    const other = createProgressStore(new FakeStorage(), at);
    expect(other.importFile(store.exportFile())).toEqual({ ok: true, exercises: ['layers', 'volumes'] });
    expect(other.loadLesson('layers')).toEqual({ seed: 1, log: layers.log, updatedAt: '2026-05-01T10:00:00.000Z' });
    expect(other.loadLesson('volumes')!.log).toEqual(volumes.log);
    expect(other.exportFile()).toBe(store.exportFile());
  });

  it('imports a single submission file too, replacing only that exercise', () => {
    const { store } = filled();
    const sub = JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 7, log: [{ line: 'docker images' }] });
    expect(store.importFile(sub)).toEqual({ ok: true, exercises: ['layers'] });
    expect(store.loadLesson('layers')).toEqual({ seed: 7, log: [{ line: 'docker images' }], updatedAt: '2026-05-01T10:00:00.000Z' });
    expect(store.loadLesson('volumes')).toEqual(volumes);
    expect(store.loadLesson('sandbox')).toEqual(sandbox);
  });

  it('refuses damaged, foreign and newer files and loses nothing', () => {
    const { storage, store } = filled();
    const before = storage.data.get(STORAGE_KEY);
    const good = JSON.parse(store.exportFile());
    const oneBad = { ...good, submissions: [good.submissions[0], { exercise: 'volumes', seed: 2, log: [{ line: 42 }] }] };
    const cases: Array<[string, string]> = [
      ['{"format": "dockersim-progress", "version": 1, "submissions": [', 'damaged'],
      [JSON.stringify(oneBad), 'damaged'],
      [JSON.stringify({ ...good, submissions: 'none' }), 'damaged'],
      [JSON.stringify({ name: 'my-app', version: '1.0.0' }), 'foreign'],
      ['[1, 2, 3]', 'foreign'],
      [JSON.stringify({ ...good, version: 2 }), 'version'],
    ];
    for (const [text, kind] of cases) {
      const r = store.importFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBe(kind);
      expect(storage.data.get(STORAGE_KEY)).toBe(before);
    }
  });

  it('a refused write during import changes nothing and says so', () => {
    const { storage, store } = filled();
    const before = storage.data.get(STORAGE_KEY);
    const sub = JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 7, log: [] });
    storage.failWrites = true;
    const r = store.importFile(sub);
    expect(r).toMatchObject({ ok: false, error: 'storage' });
    expect(storage.data.get(STORAGE_KEY)).toBe(before);
  });
});
