/**
 * Output batching for the worker: a loop that echoes thousands of short lines would otherwise send
 * thousands of messages. The batch goes out at every yield, before every result, when it grows
 * large, and on a timer for commands that print and then wait for input.
 */
export class OutputBatch {
  private text = '';
  private stream: 'stdout' | 'stderr' = 'stdout';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly send: (text: string, stream: 'stdout' | 'stderr') => void;

  constructor(send: (text: string, stream: 'stdout' | 'stderr') => void) {
    this.send = send;
  }

  add(text: string, stream: 'stdout' | 'stderr'): void {
    if (stream !== this.stream) this.flush();
    this.stream = stream;
    this.text += text;
    if (this.text.length > 64 * 1024) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 0);
  }

  flush(): void {
    this.cancelTimer();
    if (this.text === '') return;
    const text = this.text;
    this.text = '';
    this.send(text, this.stream);
  }

  /** Forget what is not sent yet (the session it came from was replaced). */
  drop(): void {
    this.cancelTimer();
    this.text = '';
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
