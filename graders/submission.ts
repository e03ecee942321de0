/**
 * The files a student hands in, and how they are read.
 *
 * A submission: `{ format: 'dockersim-submission', version: 1, exercise, seed, log: [{ line,
 * interruptedAtStep?, input? }] }`, where `input` is what the command read from the terminal
 * (strings, null for end-of-file, `{ interrupt: 'read' | 'busy', step? }` for Ctrl-C; model.ts) within
 * the limits below. An exported progress file bundles several: `{ format:
 * 'dockersim-progress', version: 1, submissions: [<submission without format/version>...] }`.
 * Anything a browser claims about its own results (a `results` or `score` field) is ignored.
 *
 * Reading never throws on bad input: it returns `{ ok: false, error }` with a kind (`damaged`:
 * not JSON or wrong fields; `foreign`: JSON that is not ours; `version`: a newer format) and a
 * sentence for the instructor.
 */
import type { InputEvent, LogEntry } from './model.ts';

export const SUBMISSION_FORMAT = 'dockersim-submission';
export const PROGRESS_FORMAT = 'dockersim-progress';
export const FORMAT_VERSION = 1;

export interface Submission {
  exercise: string;
  seed: number;
  log: LogEntry[];
}

/**
 * Limits on recorded terminal input, far above what a person types (a paste into `cat > f`
 * included) and small enough for a browser's storage: events per command, characters per event
 * (the engine's own limit on one input line), characters in a whole submission.
 */
export const MAX_INPUT_EVENTS = 100_000;
export const MAX_INPUT_CHUNK = 1024 * 1024;
export const MAX_INPUT_TOTAL = 8 * 1024 * 1024;

export type ReadError = { kind: 'damaged' | 'foreign' | 'version'; message: string };
export type ReadResult = { ok: true; submissions: Submission[] } | { ok: false; error: ReadError };

const damaged = (message: string): ReadResult => ({ ok: false, error: { kind: 'damaged', message } });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Characters of input read so far in one submission (against MAX_INPUT_TOTAL). */
interface Budget {
  chars: number;
}

function readInput(v: unknown, i: number, budget: Budget): InputEvent[] | string {
  const where = `log[${i}].input`;
  if (!Array.isArray(v)) return `${where} is not a list`;
  if (v.length > MAX_INPUT_EVENTS) return `${where} has more than ${MAX_INPUT_EVENTS} events`;
  const out: InputEvent[] = [];
  for (let j = 0; j < v.length; j++) {
    const e: unknown = v[j];
    if (e === null) out.push(null);
    else if (typeof e === 'string') {
      if (e.length > MAX_INPUT_CHUNK) return `${where}[${j}] is longer than ${MAX_INPUT_CHUNK} characters`;
      budget.chars += e.length;
      if (budget.chars > MAX_INPUT_TOTAL) return `the typed input is longer than ${MAX_INPUT_TOTAL} characters in all`;
      out.push(e);
    } else if (isObject(e) && e.interrupt === 'read') out.push({ interrupt: 'read' });
    else if (isObject(e) && e.interrupt === 'busy') {
      // Where it landed (model.ts); a marker without one is replayed as older logs are.
      const step = e.step;
      if (step === undefined) out.push({ interrupt: 'busy' });
      else if (typeof step === 'number' && Number.isInteger(step) && step >= 0) out.push({ interrupt: 'busy', step });
      else return `${where}[${j}].step is not a step number`;
    } else return `${where}[${j}] is not a string, null or {"interrupt": "read" | "busy"}`;
  }
  return out;
}

function readEntry(v: unknown, i: number, budget: Budget): LogEntry | string {
  if (!isObject(v) || typeof v.line !== 'string') return `log[${i}] has no "line" string`;
  const entry: LogEntry = { line: v.line };
  const step = v.interruptedAtStep;
  if (step !== undefined) {
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return `log[${i}].interruptedAtStep is not a step number`;
    entry.interruptedAtStep = step;
  }
  if (v.input !== undefined) {
    const input = readInput(v.input, i, budget);
    if (typeof input === 'string') return input;
    entry.input = input;
  }
  return entry;
}

function readOne(v: unknown, where: string): Submission | string {
  if (!isObject(v)) return `${where} is not an object`;
  if (typeof v.exercise !== 'string' || v.exercise === '') return `${where} has no "exercise" id`;
  if (typeof v.seed !== 'number' || !Number.isSafeInteger(v.seed)) return `${where} has no integer "seed"`;
  if (!Array.isArray(v.log)) return `${where} has no "log" list`;
  const log: LogEntry[] = [];
  const budget: Budget = { chars: 0 };
  for (let i = 0; i < v.log.length; i++) {
    const e = readEntry(v.log[i], i, budget);
    if (typeof e === 'string') return `${where}: ${e}`;
    log.push(e);
  }
  return { exercise: v.exercise, seed: v.seed, log };
}

/** Parse a file's text as a submission or a progress export. */
export function readSubmissions(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return damaged(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(data) || (data.format !== SUBMISSION_FORMAT && data.format !== PROGRESS_FORMAT)) {
    return { ok: false, error: { kind: 'foreign', message: `not a dockersim submission or progress file (expected "format": "${SUBMISSION_FORMAT}" or "${PROGRESS_FORMAT}")` } };
  }
  if (data.version !== FORMAT_VERSION) {
    return { ok: false, error: { kind: 'version', message: `format version ${JSON.stringify(data.version)} is not supported (this grader reads version ${FORMAT_VERSION})` } };
  }
  if (data.format === SUBMISSION_FORMAT) {
    const one = readOne(data, 'the submission');
    return typeof one === 'string' ? damaged(one) : { ok: true, submissions: [one] };
  }
  if (!Array.isArray(data.submissions)) return damaged('the progress file has no "submissions" list');
  const out: Submission[] = [];
  for (let i = 0; i < data.submissions.length; i++) {
    const one = readOne(data.submissions[i], `submissions[${i}]`);
    if (typeof one === 'string') return damaged(one);
    out.push(one);
  }
  return { ok: true, submissions: out };
}

/** The file the browser exports for one exercise. */
export function writeSubmission(s: Submission): string {
  return JSON.stringify({ format: SUBMISSION_FORMAT, version: FORMAT_VERSION, ...s }, null, 2) + '\n';
}
