/**
 * Messages between the page's terminal (terminal.ts) and the Web Worker that owns the simulated
 * host (worker.ts).
 *
 * Lifecycle: the page sends `init` (seed, width); the worker builds a host and a shell session and
 * answers `ready` with the first prompt. Each line typed at the shell prompt goes as `input`; while
 * it runs the worker streams `output` and finally sends `result` with the next prompt (PS1, or PS2
 * when the line left a construct open). Lines typed while a command runs go as `stdin` (the
 * command may read them, e.g. `cat` or the shell in `docker run -it`); what it left unread comes
 * back in `result.typeAhead` (or in a `typeAhead` message, when a line arrives just after its
 * command ended) for the shell to run next, as a real terminal's type-ahead would.
 * Every result and type-ahead carries `stdinSeen`, the number of `stdin` messages the worker has
 * received, so the page knows whether lines it sent are still in flight. `reading` says the running
 * command waits for the terminal (the page then sends lines it held back from a paste).
 * `interrupt` is Ctrl-C: it stops the running command, or, when idle, drops an open construct and
 * is answered with `prompt`. `eof` is Ctrl-D for a command reading the terminal. After a `result`
 * of kind 'exit' the session is over; a new `init` starts a fresh host.
 *
 * Example:
 *   page → {type:'init', seed:1, columns:80}     worker → {type:'ready', prompt:'student@docker-host:~$ '}
 *   page → {type:'input', line:'echo hi'}        worker → {type:'output', text:'hi\n', stream:'stdout'}
 *                                                worker → {type:'result', kind:'done', status:0, prompt:..., typeAhead:[], stdinSeen:0}
 */

export type ToWorker =
  | { type: 'init'; seed: number; columns: number }
  | { type: 'input'; line: string }
  | { type: 'interrupt' }
  | { type: 'stdin'; data: string }
  | { type: 'eof' };

export type FromWorker =
  | { type: 'ready'; prompt: string }
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
