/**
 * The course terminal: xterm.js on the page, the simulated host in a Web Worker (worker.ts), and in
 * between what a real terminal plus bash's readline would do: echo, line editing, history, Ctrl-C.
 *
 * States:
 * - pending: waiting for the worker's prompt (start-up, after Ctrl-C at a continuation prompt, or
 *   while lines typed for a finished command are still on their way back as type-ahead); keys
 *   are kept and replayed once the prompt is shown.
 * - idle: a prompt is shown; Enter sends the line to the shell (`input`).
 * - running: a command runs; keys are echoed and edited locally and Enter sends the line as the
 *   command's standard input (`cat`, the shell in `docker run -it`). Ctrl-C prints "^C" and
 *   interrupts; Ctrl-D sends end-of-file. Lines nobody read come back as type-ahead and run next;
 *   a line typed without Enter starts the next prompt's line, as with a real terminal.
 * - ended: `exit` ended the session; Enter starts a fresh host.
 * A paste of several lines sends the first; the rest waits until the shell shows its next prompt
 * (each line then appears once, after the prompt that reads it) or the command reads the terminal.
 *
 * Keys and worker messages go through one queue, each step after xterm has processed the earlier
 * writes, so the cursor position the line editor reads is real. Known limits: the session's width
 * for `ls` columns is fixed when the host starts; resizing while a line wraps can misplace its
 * redraw; wide (CJK) characters count as one column; no Tab completion.
 *
 * Lessons (site brief, "Page-side terminal API"): the worker keeps the exercise's run and answers
 * every complete command with a `state` (log, grade, inspector), which `onState` listeners get;
 * `restart` replays a log on a fresh host (reset, undo, reload, share); `run` types lines at the
 * prompt for the prose's click-to-run buttons; `readFile`/`writeFile` serve the editor.
 *
 * Usage: `mountTerminal(element, { exercise, seed, log })`, where the element carries data-strings
 * (JSON of TerminalStrings) and optionally data-seed (opts override it); the page labels it and
 * includes @xterm/xterm/css/xterm.css.
 *
 * Example:
 *   const t = mountTerminal(el, { exercise: 'layers', log: saved?.log });
 *   t.onState((s) => save(s.log, s.grade));
 *   runButton.onclick = () => t.run('docker run --name box alpine touch /f\ndocker diff box');
 */
// First: it starts the engine's worker as soon as the page's script runs (early-worker.ts).
import { takeEngineWorker } from './early-worker.ts';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { LogEntry } from '../../../graders/model.ts';
import type { FromWorker, LessonState, ToWorker } from './protocol.ts';
import { LineEditor, columnAfter } from './line-editor.ts';
import { splitKeys } from './keys.ts';
import { forwardKeylessInput } from './keyless-input.ts';
import { History } from './history.ts';

export interface TerminalStrings {
  /** Shown while the worker builds the host. */
  starting: string;
  /** Shown when `exit` ends the session. */
  ended: string;
  /** Prefix for an internal failure report. */
  failed: string;
  /** Screen readers: the name of xterm's input field. */
  inputLabel: string;
  /** Screen readers: said when output is too long to read out. */
  tooMuchOutput: string;
}

type State = 'pending' | 'idle' | 'running' | 'ended';

export interface MountOptions {
  /** An id in graders/exercises; without it the host is the sandbox's. */
  exercise?: string;
  /** Default: `?seed=N` in the address, else data-seed, else the exercise's own seed. */
  seed?: number;
  /** Replayed (silently) before the first prompt: saved progress or a shared session. */
  log?: LogEntry[];
}

export interface MountedTerminal {
  term: Terminal;
  /** Every `state` from the worker (after the start, each complete command, a save, a select). */
  onState(cb: (s: LessonState) => void): () => void;
  /** A fresh host (no log: the exercise's start), or a log replayed on it (undo, reload, share). */
  restart(opts?: { log?: LogEntry[]; seed?: number }): void;
  /** Types each line at the prompt and runs it as if typed; waits for the prompt between lines. */
  run(lines: string): void;
  /** A file's text as the student reads it (relative paths from /home/student); null if missing. */
  readFile(path: string): Promise<string | null>;
  /** Saves a file as the student; rejects with the error text (e.g. "No such file or directory"). */
  writeFile(path: string, text: string): Promise<void>;
  /** The inspector's container (name or ID; null: the newest). */
  select(container: string | null): void;
  focus(): void;
  dispose(): void;
}

export function mountTerminal(container: HTMLElement, opts: MountOptions = {}): MountedTerminal {
  const strings = JSON.parse(container.dataset.strings ?? '{}') as TerminalStrings;
  let seed = opts.seed ?? seedFor(container);
  const exercise = opts.exercise;
  // xterm's own screen-reader texts are static (one language per page, so that is fine).
  if (strings.inputLabel) Terminal.strings.promptLabel = strings.inputLabel;
  if (strings.tooMuchOutput) Terminal.strings.tooMuchOutput = strings.tooMuchOutput;
  const term = new Terminal({
    convertEol: true,
    cursorBlink: true,
    screenReaderMode: true,
    scrollback: 5000,
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: 15,
    theme: { background: '#1e1e1e', foreground: '#e6e6e6' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(container);
  forwardKeylessInput(term);
  fit.fit();

  const worker = takeEngineWorker();
  const send = (m: ToWorker): void => worker.postMessage(m);

  // Writes are processed asynchronously; the editor reads the cursor column only after they land.
  const editor = new LineEditor({
    write: (d) => term.write(d),
    columnNow: () => term.buffer.active.cursorX,
    get cols() {
      return term.cols;
    },
  });

  // Keys and worker messages are handled one at a time, in arrival order, each after all earlier
  // writes have landed (xterm parses writes asynchronously), so the editor sees the real cursor.
  let chain: Promise<void> = Promise.resolve();
  function enqueue(step: () => void): void {
    chain = chain
      .then(() => new Promise<void>((resolve) => term.write('', resolve)))
      .then(step)
      .catch((e: unknown) => term.write(`\x1b[31m${strings.failed ?? ''}${String(e)}\x1b[0m\n`));
  }
  function feed(data: string): void {
    enqueue(() => onKeys(data));
  }

  let state: State = 'pending';
  const isPending = (): boolean => state === 'pending';
  const isRunning = (): boolean => state === 'running';
  /** Pasted keys after an Enter, kept until the shell or the command asks for input. */
  let holding = false;
  /** `stdin` messages sent, compared with the worker's count to know none is in flight. */
  let stdinSent = 0;
  /** A finished command's prompt waits for type-ahead still in flight. */
  let deferred = false;
  const sendStdin = (data: string): void => {
    stdinSent++;
    send({ type: 'stdin', data });
  };
  let continuing = false;
  let interrupted = false;
  let prompt = '';
  const keptKeys: string[] = [];
  const typeAhead: string[] = [];
  /** Lines from `run()` not typed yet. */
  const runQueue: string[] = [];
  /** What the student had typed when `run()` took over the prompt: restored afterwards. */
  let setAside = '';
  let lastState: LessonState | undefined;
  const stateListeners = new Set<(s: LessonState) => void>();
  /** Editor requests waiting for the worker, by id. */
  let nextId = 1;
  const fileWaits = new Map<number, { ok: (text: string | null) => void; fail: (e: Error) => void }>();
  const writeWaits = new Map<number, { ok: () => void; fail: (e: Error) => void }>();
  const history = new History();
  const stdinHistory = new History();

  /** `col`: where the cursor is when the prompt is written (writes land later; keys may not wait). */
  const showPrompt = (col: number): void => {
    term.write(prompt);
    editor.reset(columnAfter(col, prompt, term.cols));
    history.rewind();
    stdinHistory.rewind();
  };

  const runShell = (line: string): void => {
    if (line.trim() !== '') history.add(line);
    state = 'running';
    send({ type: 'input', line });
  };

  /**
   * After a prompt: type-ahead first (shown after the prompt, as readline redisplays it), then
   * lines from `run()`, typed at the prompt.
   */
  const next = (col: number): void => {
    const line = typeAhead.shift();
    if (line !== undefined) {
      term.write(prompt + line + '\n');
      runShell(line);
      return;
    }
    state = 'idle';
    showPrompt(col);
    if (runQueue.length > 0) {
      typeRunLine();
      return;
    }
    if (setAside !== '') {
      editor.insert(setAside);
      setAside = '';
    }
    replayKept();
  };

  /** At an idle prompt: the next `run()` line, typed and entered as the student would. */
  const typeRunLine = (): void => {
    const line = runQueue.shift()!;
    if (!editor.empty) {
      setAside = editor.text;
      editor.setText('');
    }
    editor.insert(line);
    onKey('\r');
  };

  /** Kept keys go now, ahead of any typed later (those are still waiting in the queue). */
  const replayKept = (): void => {
    holding = false;
    const keys = keptKeys.splice(0).join('');
    if (keys !== '') onKeys(keys);
  };

  /** The cursor column now: valid at the start of a step, before it writes anything. */
  const cursorCol = (): number => Math.min(term.buffer.active.cursorX, term.cols);

  /** Until `ready`, what arrives is the old host's last words (sent before it got the `init`). */
  let awaitingReady = true;

  const start = (log?: LogEntry[]): void => {
    state = 'pending';
    awaitingReady = true;
    interrupted = false;
    continuing = false;
    holding = false;
    deferred = false;
    keptKeys.length = 0;
    typeAhead.length = 0;
    term.write(`\x1b[2m${strings.starting ?? ''}\x1b[0m`);
    send({ type: 'init', seed, columns: term.cols, exercise, log });
  };

  /** Requests to the old host will get no answer: fail them. */
  const abandonRequests = (): void => {
    const gone = new Error('restarted');
    for (const w of fileWaits.values()) w.fail(gone);
    for (const w of writeWaits.values()) w.fail(gone);
    fileWaits.clear();
    writeWaits.clear();
  };

  worker.addEventListener('message', (ev: MessageEvent<FromWorker>) => enqueue(() => onMessage(ev.data)));

  function onMessage(m: FromWorker): void {
    if (awaitingReady) {
      if (m.type === 'ready') awaitingReady = false;
      else if (m.type !== 'error' && m.type !== 'file' && m.type !== 'written') return;
    }
    switch (m.type) {
      case 'ready':
        // The prompt takes the place of the "starting" line.
        term.write('\r\x1b[K');
        prompt = m.prompt;
        continuing = m.continuing ?? false;
        next(0);
        return;
      case 'state':
        lastState = m.state;
        for (const cb of stateListeners) cb(m.state);
        return;
      case 'file': {
        const w = fileWaits.get(m.id);
        fileWaits.delete(m.id);
        if (m.error !== undefined) w?.fail(new Error(m.error));
        else w?.ok(m.text);
        return;
      }
      case 'written': {
        const w = writeWaits.get(m.id);
        writeWaits.delete(m.id);
        if (m.error !== undefined) w?.fail(new Error(m.error));
        else w?.ok();
        return;
      }
      case 'output':
        term.write(m.text);
        // Something answered the Ctrl-C (the shell in a container prints its own new line).
        interrupted = false;
        // A program's output moved the cursor: an untouched line starts wherever it ends now.
        if (editor.empty) editor.reset();
        return;
      case 'result': {
        let col = cursorCol();
        // Woken from a read by Ctrl-C, a command may end normally and silently: end the "^C"
        // line ourselves.
        if (interrupted && m.status !== 130) {
          term.write('\n');
          col = 0;
        }
        interrupted = false;
        typeAhead.push(...m.typeAhead);
        // Typed while the command ran, without Enter: it starts the next line, as in a real tty.
        if (!editor.empty) keptKeys.unshift(editor.text);
        editor.reset();
        prompt = m.prompt;
        if (m.kind === 'exit') {
          state = 'ended';
          typeAhead.length = 0;
          term.write(`\x1b[2m${strings.ended ?? ''}\x1b[0m\n`);
          return;
        }
        continuing = m.kind === 'continue';
        if (m.stdinSeen < stdinSent) {
          // Lines typed for the command are still on their way to the worker, which will hand
          // them back as type-ahead: they come before the prompt, so wait for them.
          state = 'pending';
          deferred = true;
          return;
        }
        next(col);
        return;
      }
      case 'reading':
        // The command waits for the terminal: pasted lines that were held are its input.
        if (holding && isRunning()) replayKept();
        return;
      case 'typeAhead':
        typeAhead.push(...m.lines);
        if (deferred && m.stdinSeen >= stdinSent) {
          deferred = false;
          next(cursorCol());
          return;
        }
        // Already at an untouched prompt: run it now, shown as if typed there.
        if (state === 'idle' && editor.empty) {
          const line = typeAhead.shift();
          if (line !== undefined) {
            term.write(line + '\n');
            runShell(line);
          }
        }
        return;
      case 'prompt':
        if (state !== 'pending' || deferred) return;
        prompt = m.prompt;
        continuing = false;
        next(cursorCol());
        return;
      case 'error':
        term.write(`\x1b[31m${strings.failed ?? ''}${m.message}\x1b[0m\n`);
        return;
    }
  }

  function onKeys(data: string): void {
    if (holding && data.includes('\x03')) {
      // Ctrl-C while pasted lines wait: a terminal's interrupt flushes its input queue too.
      holding = false;
      keptKeys.length = 0;
      onKey('\x03');
      return;
    }
    if (state === 'pending' || holding) {
      keptKeys.push(data);
      return;
    }
    const tokens = splitKeys(data);
    for (let i = 0; i < tokens.length; i++) {
      // A key may have started a wait for the worker's prompt (Ctrl-C at PS2): keep the rest.
      if (isPending()) {
        keptKeys.push(tokens.slice(i).join(''));
        return;
      }
      const t = tokens[i]!;
      const wasIdle = state === 'idle';
      if (wasIdle && (t === '\r' || t === '\n') && i + 1 < tokens.length) {
        // Enter in the middle of a paste: the rest waits until the shell asks for its next line
        // (shown after that prompt, as readline shows it) or the command reads the terminal.
        onKey(t);
        if (isRunning()) {
          holding = true;
          keptKeys.push(tokens.slice(i + 1).join(''));
          return;
        }
        continue;
      }
      if (isPrintable(t)) {
        // A pasted run of text is inserted at once, not redrawn key by key.
        let run = t;
        while (i + 1 < tokens.length && isPrintable(tokens[i + 1]!)) run += tokens[++i];
        onKey(run);
      } else onKey(t);
    }
  }

  function onKey(key: string): void {
    if (state === 'ended') {
      if (key === '\r') {
        term.write('\n');
        // A new login on the same machine: the work so far is replayed (the worker's state
        // leaves the `exit` out of the log), so nothing of it is lost.
        start(lastState?.log);
      }
      return;
    }
    const hist = state === 'running' ? stdinHistory : history;
    switch (key) {
      case '\r':
      case '\n': {
        // A line ending exactly at the right margin has the cursor on the next row already (the
        // editor put it there): a newline would leave an empty row, which bash does not.
        const atMargin = editor.endsAtMargin;
        const line = editor.take();
        term.write(atMargin ? '\r' : '\n');
        editor.reset(0);
        if (state === 'running') {
          if (line !== '') stdinHistory.add(line);
          stdinHistory.rewind();
          sendStdin(line + '\n');
        } else runShell(line);
        return;
      }
      case '\x03':
        editor.take();
        editor.reset();
        if (state === 'running') {
          term.write('^C');
          interrupted = true;
          send({ type: 'interrupt' });
        } else if (continuing) {
          term.write('^C\n');
          continuing = false;
          state = 'pending';
          send({ type: 'interrupt' });
        } else {
          term.write('^C\n');
          showPrompt(0);
        }
        return;
      case '\x04':
        if (state === 'running') {
          // A terminal's Ctrl-D: what is typed goes without a newline; on an empty line, end-of-file.
          if (editor.empty) send({ type: 'eof' });
          else {
            sendStdin(editor.text);
            editor.reset();
          }
        } else if (!editor.empty) editor.deleteForward();
        else if (!continuing) {
          term.write('exit\n');
          state = 'running';
          send({ type: 'input', line: 'exit' });
        }
        return;
      case '\x7f':
      case '\x08':
        return editor.backspace();
      case '\x1b[3~':
        return editor.deleteForward();
      case '\x1b[D':
      case '\x1bOD':
      case '\x02':
        return editor.left();
      case '\x1b[C':
      case '\x1bOC':
      case '\x06':
        return editor.right();
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
      case '\x01':
        return editor.home();
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
      case '\x05':
        return editor.end();
      case '\x0b':
        return editor.killToEnd();
      case '\x15':
        return editor.killToStart();
      case '\x17':
        return editor.wordRubout();
      case '\x1b[A':
      case '\x1bOA':
      case '\x10': {
        const t = hist.up(editor.text);
        if (t !== undefined) editor.setText(t);
        return;
      }
      case '\x1b[B':
      case '\x1bOB':
      case '\x0e': {
        const t = hist.down();
        if (t !== undefined) editor.setText(t);
        return;
      }
      case '\x0c':
        // Ctrl-L: clear the screen, keep the line being typed.
        if (state === 'idle') {
          const t = editor.text;
          term.write('\x1b[H\x1b[2J' + prompt);
          editor.reset(columnAfter(0, prompt, term.cols));
          if (t !== '') editor.insert(t);
        }
        return;
      default:
        // Other escape sequences and control characters (Tab, F-keys) do nothing here.
        if (!isPrintable(key)) return;
        editor.insert(key);
    }
  }

  const dataSub = term.onData(feed);

  const resize = new ResizeObserver(() => fit.fit());
  resize.observe(container);

  start(opts.log);

  return {
    term,
    onState(cb) {
      stateListeners.add(cb);
      return () => stateListeners.delete(cb);
    },
    restart(o = {}) {
      if (o.seed !== undefined) seed = o.seed;
      // Answers still on their way from the old host are dropped: the worker sends nothing more
      // of it after the new `init`, and this step runs before anything the new host says.
      enqueue(() => {
        runQueue.length = 0;
        setAside = '';
        editor.reset(0);
        abandonRequests();
        term.reset();
        start(o.log);
      });
    },
    run(lines) {
      const list = lines.replace(/\n$/, '').split('\n');
      enqueue(() => {
        runQueue.push(...list);
        if (state === 'idle') typeRunLine();
        else if (state === 'ended') onKey('\r');
      });
    },
    // Through the queue, like restart: a request made after a restart goes to the new host.
    readFile(path) {
      return new Promise((ok, fail) => {
        enqueue(() => {
          const id = nextId++;
          fileWaits.set(id, { ok, fail });
          send({ type: 'readFile', id, path });
        });
      });
    },
    writeFile(path, text) {
      return new Promise((ok, fail) => {
        enqueue(() => {
          const id = nextId++;
          writeWaits.set(id, { ok, fail });
          send({ type: 'writeFile', id, path, text });
        });
      });
    },
    select(name) {
      enqueue(() => send({ type: 'select', container: name }));
    },
    focus() {
      term.focus();
    },
    dispose(): void {
      abandonRequests();
      stateListeners.clear();
      resize.disconnect();
      dataSub.dispose();
      worker.terminate();
      term.dispose();
    },
  };
}

function isPrintable(key: string): boolean {
  return !key.startsWith('\x1b') && !/^[\x00-\x1f\x7f]$/.test(key);
}

/**
 * The host's seed: `?seed=N` in the address (to reproduce a session), else the page's choice, else
 * undefined (the worker takes the exercise's own).
 */
function seedFor(el: HTMLElement): number | undefined {
  const fromUrl = Number(new URLSearchParams(location.search).get('seed'));
  if (Number.isSafeInteger(fromUrl) && fromUrl > 0) return fromUrl;
  if (el.dataset.seed === undefined || el.dataset.seed === '') return undefined;
  const fromPage = Number(el.dataset.seed);
  return Number.isSafeInteger(fromPage) ? fromPage : undefined;
}
