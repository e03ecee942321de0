/**
 * The interactive terminal session: node:readline gives line editing and history; the session
 * gives the prompt (PS1, or PS2 while a construct is open) and runs each line.
 *
 * Keys, as in bash:
 * - Ctrl-C while a command runs: "^C" is echoed and `session.interrupt()` called (the command stops
 *   at its next step with status 130, and the session writes the newline); a read from the
 *   terminal in progress sees end-of-file.
 * - Ctrl-C at the prompt: "^C", the line is dropped, a fresh prompt. At a continuation prompt the
 *   open construct is dropped too (`session.interrupt()` while idle does that).
 * - Ctrl-D on an empty line: at the prompt, "exit" and leave with the last status; while a
 *   command reads its standard input, end-of-file for that command.
 * Lines typed while a command runs go to that command's standard input if it reads them, and are
 * otherwise run by the shell afterwards, as a terminal's type-ahead is.
 */
import * as readline from 'node:readline';
import type { ShellSession } from '../../sandbox-engine/shell/session-types.ts';
import { fromUtf8, utf8 } from '../../sandbox-engine/util/text.ts';
import type { ByteQueue } from './input.ts';

export interface TerminalIO {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

const HISTORY_SIZE = 1000;

export async function runInteractive(session: ShellSession, io: TerminalIO, cmdInput: ByteQueue): Promise<number> {
  let history: string[] = [];
  let running = false;
  let continuing = false;
  let interrupted = false;
  let reopenAfterCommand = false;
  let closingOnPurpose = false;
  /** Lines for the shell that arrived before it asked (type-ahead). */
  const queued: string[] = [];
  let waiter: ((line: string | null) => void) | undefined;
  let atEof = false;
  let rl!: readline.Interface;

  const open = (): void => {
    rl = readline.createInterface({
      input: io.input,
      output: io.output,
      terminal: true,
      history: [...history],
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: false,
    });
    // readline records every line; one typed to a running command is that command's input, not
    // a command, so undo the change (listeners may edit the array, see the readline docs).
    rl.on('history', (h: string[]) => {
      if (running) h.splice(0, h.length, ...history);
      history = [...h];
    });
    rl.on('line', onLine);
    rl.on('SIGINT', onInterrupt);
    rl.on('close', onClose);
  };

  // readline has no public "forget the line being edited", and it closes itself on Ctrl-D:
  // a new interface (history carried over) is the clean way to start a fresh line.
  const reopen = (): void => {
    closingOnPurpose = true;
    rl.close();
    closingOnPurpose = false;
    open();
  };

  const showPrompt = (): void => {
    rl.setPrompt(session.prompt());
    rl.prompt();
  };

  function giveShell(line: string | null): void {
    if (waiter) {
      const w = waiter;
      waiter = undefined;
      w(line);
    } else if (line === null) atEof = true;
    else queued.push(line);
  }

  function onLine(line: string): void {
    if (running) cmdInput.push(utf8(line + '\n'));
    else giveShell(line);
  }

  function onInterrupt(): void {
    if (running) {
      io.output.write('^C');
      interrupted = true;
      session.interrupt();
      cmdInput.abandonReads();
      return;
    }
    io.output.write('^C\n');
    if (continuing) {
      session.interrupt();
      continuing = false;
    }
    reopen();
    showPrompt();
  }

  function onClose(): void {
    if (closingOnPurpose) return;
    if (running) {
      cmdInput.signalEof();
      reopenAfterCommand = true;
    } else giveShell(null);
  }

  const nextLine = (): Promise<string | null> => {
    const line = queued.shift();
    if (line !== undefined) {
      // Typed ahead: show it after the prompt, as the terminal would have.
      io.output.write(session.prompt() + line + '\n');
      return Promise.resolve(line);
    }
    if (atEof) return Promise.resolve(null);
    showPrompt();
    return new Promise((resolve) => {
      waiter = resolve;
    });
  };

  open();
  try {
    for (;;) {
      const line = await nextLine();
      if (line === null) {
        io.output.write('exit\n');
        return session.lastStatus;
      }
      running = true;
      const result = await session.input(line);
      running = false;
      for (const chunk of cmdInput.drain()) queued.push(fromUtf8(chunk).replace(/\n$/, ''));
      // A command stopped by Ctrl-C ends with status 130 and the session writes the newline after
      // "^C", as bash does. One woken from a read by the Ctrl-C may instead finish normally:
      // end the line here, or the next prompt would overwrite the "^C".
      if (interrupted && !(result.kind === 'done' && result.status === 130)) io.output.write('\n');
      interrupted = false;
      if (reopenAfterCommand) {
        reopenAfterCommand = false;
        reopen();
      }
      if (result.kind === 'exit') return result.status;
      continuing = result.kind === 'continue';
    }
  } finally {
    closingOnPurpose = true;
    rl.close();
  }
}
