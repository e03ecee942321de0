/**
 * The student's progress, kept in the browser (localStorage "dockersim-progress-v1"):
 * per exercise id (the sandbox under "sandbox") the seed, the command log, the last task results
 * and when it changed. The log and the seed are the truth (a reload replays them); the results
 * are only what the course map shows until the lesson is opened again.
 *
 * Export writes graders/submission.ts's progress file (what `npm run grade` reads); import reads
 * it with the same reader, and a damaged, foreign or newer file changes nothing.
 *
 * Lifecycle: `createProgressStore(localStorage)` (or the module functions, which use
 * localStorage when there is one); `saveLesson` on every state; `loadProgress` for the course map.
 * Storage failures (private mode, quota) never throw: saving reports false.
 */
import type { LogEntry } from '../../../graders/model.ts';
import { FORMAT_VERSION, PROGRESS_FORMAT, readSubmissions, type ReadError } from '../../../graders/submission.ts';

export const STORAGE_KEY = 'dockersim-progress-v1';
/** Where an unreadable stored value is moved before anything overwrites it. */
export const DAMAGED_KEY = 'dockersim-progress-v1-damaged';
export const SANDBOX_ID = 'sandbox';

export interface ProgressEntry {
  seed: number;
  log: LogEntry[];
  /** Tasks passed and their number, as last seen live (never trusted for grading). */
  results?: { passed: number; total: number };
  /** ISO time of the last change. */
  updatedAt: string;
}

/** Per exercise id (and "sandbox"; a lesson page without an exercise under "page:<path>"). */
export type ProgressData = Record<string, ProgressEntry>;

/** The part of the Web Storage API the store uses (tests pass a fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type ImportResult =
  | { ok: true; exercises: string[] }
  | { ok: false; error: ReadError['kind'] | 'storage'; detail: string };

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export interface ProgressStore {
  loadProgress(): ProgressData;
  loadLesson(id: string): ProgressEntry | undefined;
  /** False when the browser refused to store it. */
  saveLesson(id: string, entry: ProgressEntry): boolean;
  /** The progress file of every exercise (the sandbox and exercise-less pages are left out: the grader knows no such exercise). */
  exportFile(): string;
  importFile(text: string): ImportResult;
}

function isEntry(v: unknown): v is ProgressEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.seed === 'number' && Array.isArray(e.log) && e.log.every((l) => typeof l === 'object' && l !== null && typeof (l as LogEntry).line === 'string');
}

/** Exercise ids are plain names; the sandbox and "page:" keys are not exercises. */
export function isExerciseId(id: string): boolean {
  return id !== SANDBOX_ID && !id.includes(':');
}

export function createProgressStore(storage: KeyValueStorage | undefined, now: () => Date = () => new Date()): ProgressStore {
  /** Entries that do not look right are dropped on read (the raw text is kept aside, see DAMAGED_KEY). */
  function read(): ProgressData {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return {};
    }
    if (raw === null) return {};
    try {
      const data: unknown = JSON.parse(raw);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
      const out: ProgressData = {};
      for (const [id, e] of Object.entries(data as Record<string, unknown>)) if (isEntry(e)) out[id] = e;
      return out;
    } catch {
      // Unreadable: keep the text somewhere a later write cannot overwrite it, then start empty.
      try {
        storage?.setItem(DAMAGED_KEY, raw);
      } catch {
        /* nothing more can be done */
      }
      return {};
    }
  }

  function write(data: ProgressData): boolean {
    if (!storage) return false;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(data));
      return true;
    } catch {
      return false;
    }
  }

  return {
    loadProgress: read,
    loadLesson: (id) => read()[id],
    saveLesson(id, entry) {
      const data = read();
      data[id] = { ...entry, log: entry.log.map((e) => ({ ...e })) };
      return write(data);
    },
    exportFile() {
      const data = read();
      const submissions = Object.keys(data)
        .filter(isExerciseId)
        .sort()
        .map((id) => ({ exercise: id, seed: data[id].seed, log: data[id].log }));
      return JSON.stringify({ format: PROGRESS_FORMAT, version: FORMAT_VERSION, submissions }, null, 2) + '\n';
    },
    importFile(text) {
      const r = readSubmissions(text);
      if (!r.ok) return { ok: false, error: r.error.kind, detail: r.error.message };
      // Everything is checked before anything is written: one bad entry keeps the store as it was.
      const data = read();
      const stamp = now().toISOString();
      for (const s of r.submissions) data[s.exercise] = { seed: s.seed, log: s.log, updatedAt: stamp };
      if (r.submissions.length > 0 && !write(data)) return { ok: false, error: 'storage', detail: 'the browser refused to store the progress' };
      return { ok: true, exercises: r.submissions.map((s) => s.exercise) };
    },
  };
}

/** The browser's localStorage, or undefined where it is missing or blocked. */
function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

let shared: ProgressStore | undefined;
/** The page's store over localStorage. */
export function progressStore(): ProgressStore {
  shared ??= createProgressStore(browserStorage());
  return shared;
}

export const loadProgress = (): ProgressData => progressStore().loadProgress();
export const saveLesson = (id: string, entry: ProgressEntry): boolean => progressStore().saveLesson(id, entry);
export const exportFile = (): string => progressStore().exportFile();
export const importFile = (text: string): ImportResult => progressStore().importFile(text);

/** What the course map shows for a lesson's exercise. */
export function lessonStatus(entry: ProgressEntry | undefined): LessonStatus {
  if (!entry) return 'not-started';
  if (entry.results && entry.results.total > 0 && entry.results.passed === entry.results.total) return 'done';
  return entry.log.some((e) => e.line.trim() !== '') ? 'in-progress' : 'not-started';
}
