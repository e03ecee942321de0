/**
 * Messages between the page's terminal (terminal.ts) and the Web Worker that owns the simulated
 * host (worker.ts).
 *
 * Lifecycle: the page sends `init` (seed, width, and for a lesson the exercise and the saved log);
 * the worker builds the exercise's host (graders' LiveRun), replays the log silently and answers
 * `ready` with the prompt, then `state` (log, grade, inspector), and again after every complete
 * command (and while one runs, once it has read typed input and waits for more). Each line typed
 * at the shell prompt goes as `input`; while it runs the worker streams `output` and finally sends
 * `result` with the next prompt (PS1, or PS2 when the line left a construct open). Lines typed while a command runs go as `stdin` (the
 * command may read them, e.g. `cat` or the shell in `docker run -it`); what it left unread comes
 * back in `result.typeAhead` (or in a `typeAhead` message, when a line arrives just after its
 * command ended) for the shell to run next, as a real terminal's type-ahead would.
 * Every result and type-ahead carries `stdinSeen`, the number of `stdin` messages the worker has
 * received, so the page knows whether lines it sent are still in flight. `reading` says the running
 * command waits for the terminal (the page then sends lines it held back from a paste).
 * `interrupt` is Ctrl-C: it stops the running command, or, when idle, drops an open construct and
 * is answered with `prompt`. `eof` is Ctrl-D for a command reading the terminal. After a `result`
 * of kind 'exit' the session is over; a new `init` starts a fresh host (the page passes the log,
 * which leaves the `exit` out, so the work is kept). The editor's `readFile`/`writeFile` and the
 * inspector's `select` may come at any time; a save waits for the running command to end.
 *
 * Example:
 *   page → {type:'init', seed:1, columns:80}     worker → {type:'ready', prompt:'student@docker-host:~$ ', replayed:0}
 *                                                worker → {type:'state', state:{log:[], grade:null, ...}}
 *   page → {type:'input', line:'echo hi'}        worker → {type:'output', text:'hi\n', stream:'stdout'}
 *                                                worker → {type:'result', kind:'done', status:0, prompt:..., typeAhead:[], stdinSeen:0}
 *                                                worker → {type:'state', state:{log:[{line:'echo hi'}], ...}}
 */

import type { GradeResult } from '../../../graders/grade.ts';
import type { LogEntry } from '../../../graders/model.ts';
import type { InspectorState } from '../inspector/types.ts';

/** A lesson's exercise state as the page shows it (task titles and diagnoses are message keys). */
export interface LessonState {
  /**
   * The student's lines so far (setup excluded): what progress saving keeps and replay re-runs,
   * with what each command read from the terminal (`stdin`, `eof`, `interrupt`) in its `input`.
   */
  log: LogEntry[];
  /**
   * Where the last complete command starts in `log` (-1: none yet): "undo last command" restarts
   * with `log.slice(0, lastCommandStart)` (see undoLog in log.ts).
   */
  lastCommandStart: number;
  /** The host's seed (the exercise's own unless the page chose one): saved with the log. */
  seed: number;
  /** Null in the sandbox (no exercise). */
  grade: GradeResult | null;
  inspector: InspectorState;
}

export type ToWorker =
  /**
   * Starts a fresh host. `exercise` (an id in graders/exercises) builds that exercise's starting
   * scenario; without it the host is the sandbox's. `log` is replayed first, output discarded, so a
   * reload, an undo (the log minus its last command) or a shared URL comes back to the same state.
   * `seed` defaults to the exercise's scenario seed (1 in the sandbox). An `init` while a command
   * runs interrupts it; nothing more of the old session reaches the page.
   */
  | { type: 'init'; seed?: number; columns: number; exercise?: string; log?: LogEntry[] }
  /** Read a file on the host as the student (path absolute or relative to /home/student). */
  | { type: 'readFile'; id: number; path: string }
  /**
   * Write a file on the host as the student (the editor's save); answered by `written`, then
   * `state`. The save is recorded in the log as a shell command (`command printf ... >| FILE`,
   * editor-save.ts) run once the shell is at its prompt, so a replay or the grading CLI sees the
   * same file.
   */
  | { type: 'writeFile'; id: number; path: string; text: string }
  /** The inspector's selected container (name or ID; null = the newest); answered by `state`. */
  | { type: 'select'; container: string | null }
  | { type: 'input'; line: string }
  | { type: 'interrupt' }
  | { type: 'stdin'; data: string }
  | { type: 'eof' };

export type FromWorker =
  /**
   * `replayed`: how many log entries were replayed before the prompt (0 for a fresh start);
   * `continuing`: the log ended inside an open construct, so `prompt` is PS2.
   */
  | { type: 'ready'; prompt: string; replayed: number; continuing?: boolean }
  /**
   * After `ready`, after every complete command, after `written` and after `select`; and while a
   * command runs, when it waits for the terminal again after reading typed input: its log entry
   * then holds the input so far (a reload replays it and then gives end-of-file), and it counts
   * as the last command.
   */
  | { type: 'state'; state: LessonState }
  | { type: 'file'; id: number; text: string | null; error?: string }
  | { type: 'written'; id: number; error?: string }
  | { type: 'output'; text: string; stream: 'stdout' | 'stderr' }
  | {
      type: 'result';
      kind: 'done' | 'continue' | 'exit';
      status: number;
      /** What to show next: PS1, or PS2 after 'continue'. */
      prompt: string;
      /** Lines typed while the command ran that it did not read, without their newlines. */
      typeAhead: string[];
      /** `stdin` messages received so far (all time): the page knows whether some are in flight. */
      stdinSeen: number;
    }
  | { type: 'prompt'; prompt: string }
  /** The running command waits for terminal input (the page then sends any pasted lines). */
  | { type: 'reading' }
  /** Lines sent as `stdin` that arrived after their command had ended: the shell's next input. */
  | { type: 'typeAhead'; lines: string[]; stdinSeen: number }
  | { type: 'error'; message: string };
