/**
 * The files a student hands in, and how they are read.
 *
 * A submission: `{ format: 'dockersim-submission', version: 1, exercise, seed, log: [{ line,
 * interruptedAtStep? }] }`. An exported progress file bundles several: `{ format:
 * 'dockersim-progress', version: 1, submissions: [<submission without format/version>...] }`.
 * Anything a browser claims about its own results (a `results` or `score` field) is ignored.
 *
 * Reading never throws on bad input: it returns `{ ok: false, error }` with a kind (`damaged`:
 * not JSON or wrong fields; `foreign`: JSON that is not ours; `version`: a newer format) and a
 * sentence for the instructor.
 */
import type { LogEntry } from './model.ts';

export const SUBMISSION_FORMAT = 'dockersim-submission';
export const PROGRESS_FORMAT = 'dockersim-progress';
export const FORMAT_VERSION = 1;

export interface Submission {
  exercise: string;
  seed: number;
  log: LogEntry[];
}

export type ReadError = { kind: 'damaged' | 'foreign' | 'version'; message: string };
export type ReadResult = { ok: true; submissions: Submission[] } | { ok: false; error: ReadError };

const damaged = (message: string): ReadResult => ({ ok: false, error: { kind: 'damaged', message } });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readEntry(v: unknown, i: number): LogEntry | string {
  if (!isObject(v) || typeof v.line !== 'string') return `log[${i}] has no "line" string`;
  if (v.interruptedAtStep === undefined) return { line: v.line };
  const step = v.interruptedAtStep;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return `log[${i}].interruptedAtStep is not a step number`;
  return { line: v.line, interruptedAtStep: step };
}

function readOne(v: unknown, where: string): Submission | string {
  if (!isObject(v)) return `${where} is not an object`;
  if (typeof v.exercise !== 'string' || v.exercise === '') return `${where} has no "exercise" id`;
  if (typeof v.seed !== 'number' || !Number.isSafeInteger(v.seed)) return `${where} has no integer "seed"`;
  if (!Array.isArray(v.log)) return `${where} has no "log" list`;
  const log: LogEntry[] = [];
  for (let i = 0; i < v.log.length; i++) {
    const e = readEntry(v.log[i], i);
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
