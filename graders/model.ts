/**
 * What an exercise is, as data plus code (design.md, "Grading model"):
 *
 * - a starting scenario (seed, images to pull, host files, setup commands) that the browser and the
 *   grading CLI build identically;
 * - named tasks with weights, each a check over observable state (the read-only Docker view, the
 *   host's files, the command log and a timeline of snapshots taken after every command) that
 *   either passes or returns a diagnosis;
 * - hints, reference solutions, and known wrong attempts with the diagnosis each must get.
 *
 * Every text is a message key with parameters; the words live in graders/i18n/{ru,en}.ts.
 */
import type { DockerView, Host } from '../sandbox-engine/index.ts';
import type { MessageKey } from './i18n/en.ts';

export type { MessageKey };
export type Lang = 'ru' | 'en';

/** A translatable message: a key in graders/i18n and the values of its `{param}` slots. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * A Ctrl-C typed while a command ran, in its place among the reads: `read` when a read was waiting
 * for the terminal (a replay delivers it at that read), `busy` when the command was computing or
 * waiting (the docker client waiting for its container): `step` is the session step at which it
 * landed, where a replay places it; without one (older logs) a replay can only deliver it soon
 * after the input before it (typed-input.ts).
 */
export interface InputInterrupt {
  interrupt: 'read' | 'busy';
  step?: number;
}

/**
 * What a running command took from the terminal, in order: typed text as one read got it, null for
 * an end-of-file (Ctrl-D) a read got, or a Ctrl-C.
 */
export type InputEvent = string | null | InputInterrupt;

/**
 * One line as the student typed it; `interruptedAtStep` when Ctrl-C stopped the command; `input`
 * when the command read the terminal while it ran (`cat > f`, `read x`, the shell in `docker run
 * -it`): on the line that completed the command. Lines the command left unread are later entries.
 */
export interface LogEntry {
  line: string;
  interruptedAtStep?: number;
  input?: InputEvent[];
}

/** A complete command as the terminal showed it. */
export interface CommandRecord {
  /** The command's text (continuation lines joined with newlines). */
  text: string;
  /** What it printed, stdout and stderr interleaved. */
  output: string;
  status: number;
}

export type CheckResult = { ok: true } | { ok: false; diagnosis: Message };

export interface CheckContext<S> {
  host: Host;
  /** Undefined only if the exercise's host has no Docker (a setup error). */
  docker: DockerView | undefined;
  /** The student's lines, setup excluded. */
  log: readonly LogEntry[];
  /** `exercise.snapshot` after setup (index 0) and after every complete command. */
  timeline: readonly S[];
  /** The complete commands: `commands[i]` is what led from `timeline[i]` to `timeline[i + 1]`. */
  commands: readonly CommandRecord[];
  /** What `exercise.baseline` recorded right after setup. */
  baseline: Readonly<Record<string, string>>;
}

export interface Task<S> {
  id: string;
  title: MessageKey;
  weight: number;
  check(ctx: CheckContext<S>): CheckResult;
}

export interface Scenario {
  seed: number;
  /** Pulled (as root, output discarded) before the student starts. */
  images?: string[];
  /** Written on the host as the student, paths relative to their home. */
  files?: Record<string, string>;
  /** Run as the student in a setup shell before theirs starts. */
  commands?: string[];
}

export interface WrongAttempt {
  name: string;
  log: string[];
  /** The task that must fail and the diagnosis key it must give. */
  expect: Array<{ task: string; key: MessageKey }>;
}

export interface Exercise<S = unknown> {
  id: string;
  title: MessageKey;
  goal: MessageKey;
  scenario: Scenario;
  tasks: Task<S>[];
  hints: MessageKey[];
  solutions: Array<{ name: string; log: string[] }>;
  wrongAttempts: WrongAttempt[];
  /** Values to remember right after setup (e.g. the base image's ID), for the checks. */
  baseline?(docker: DockerView, host: Host): Record<string, string>;
  /** What to record after every command, for checks about how the state changed over time. */
  snapshot(docker: DockerView, host: Host): S;
}

export const pass: CheckResult = { ok: true };

export function fail(key: MessageKey, params?: Record<string, string | number>): CheckResult {
  return { ok: false, diagnosis: params ? { key, params } : { key } };
}
