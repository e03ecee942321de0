/**
 * The Web Worker that owns the simulated Docker host and the student's shell session, so a long
 * command never freezes the page. Protocol in protocol.ts.
 *
 * Lines run one after another (a chain of promises); `interrupt`, `stdin` and `eof` act at once,
 * which works because the session gives the event loop a turn (`yieldControl`) every few thousand
 * steps: a macrotask, so messages from the page are delivered between the steps of a busy loop.
 */
import { createHost, createSession, type ShellSession } from '../../../sandbox-engine/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { StdinQueue } from './stdin-queue.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

const post = (m: FromWorker): void => scope.postMessage(m);

/**
 * Output is batched: a loop that echoes thousands of short lines would otherwise send thousands
 * of messages. The batch goes out at every yield, before every result, when it grows large, and
 * on a timer for commands that print and then wait for input.
 */
class OutputBatch {
  private text = '';
  private stream: 'stdout' | 'stderr' = 'stdout';
  private timer: ReturnType<typeof setTimeout> | undefined;

  add(text: string, stream: 'stdout' | 'stderr'): void {
    if (stream !== this.stream) this.flush();
    this.stream = stream;
    this.text += text;
    if (this.text.length > 64 * 1024) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 0);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.text === '') return;
    post({ type: 'output', text: this.text, stream: this.stream });
    this.text = '';
  }
}

const output = new OutputBatch();

/** A macrotask turn without setTimeout's 4 ms clamp for nested timers. */
const yieldChannel = new MessageChannel();
const yieldWaiters: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();
function yieldControl(): Promise<void> {
  output.flush();
  return new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}

let session: ShellSession | undefined;
let stdin = new StdinQueue();
let running = false;
/** `stdin` messages received, reported back so the page knows when none are in flight. */
let stdinSeen = 0;
/** Lines received but not started yet. */
let lineQueued = 0;
let queue: Promise<void> = Promise.resolve();

function start(seed: number, columns: number): void {
  stdin = new StdinQueue();
  stdin.onWait = () => {
    output.flush();
    post({ type: 'reading' });
  };
  const host = createHost({ seed });
  session = createSession({
    host,
    tty: true,
    columns,
    stdin,
    onOutput: (text, stream) => output.add(text, stream),
    yieldControl,
  });
  post({ type: 'ready', prompt: session.prompt() });
}

async function runLine(line: string): Promise<void> {
  const s = session;
  if (!s) return post({ type: 'error', message: 'no session: send init first' });
  running = true;
  try {
    const r = await s.input(line);
    output.flush();
    post({
      type: 'result',
      kind: r.kind,
      status: r.kind === 'continue' ? s.lastStatus : r.status,
      prompt: s.prompt(),
      typeAhead: stdin.drainLines(),
      stdinSeen,
    });
  } finally {
    running = false;
  }
}

function handle(msg: ToWorker): void {
  switch (msg.type) {
    case 'init':
      queue = queue.then(() => start(msg.seed, msg.columns)).catch(report);
      return;
    case 'input':
      lineQueued++;
      queue = queue
        .then(() => {
          lineQueued--;
          return runLine(msg.line);
        })
        .catch(report);
      return;
    case 'interrupt':
      if (!session) return;
      session.interrupt();
      // The session fails a read in progress with the interrupt; drop our end of it.
      if (running) stdin.abandonReads();
      // Idle: the open construct (if any) is gone; the page needs the primary prompt back.
      else post({ type: 'prompt', prompt: session.prompt() });
      return;
    case 'stdin':
      stdinSeen++;
      stdin.push(msg.data);
      // Typed while the last command ran, but it ended first: give it back for the shell to run.
      // (A line still queued to run will find the data waiting, as a command reading it should.)
      if (!running && !lineQueued) post({ type: 'typeAhead', lines: stdin.drainLines(), stdinSeen });
      return;
    case 'eof':
      // Meant for a command that has ended: it must not end the next command's input at once.
      if (running || lineQueued) stdin.signalEof();
      return;
  }
}

function report(e: unknown): void {
  output.flush();
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}

scope.addEventListener('message', (ev) => handle(ev.data));
