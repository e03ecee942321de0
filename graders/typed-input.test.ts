/**
 * Terminal input in the log (`LogEntry.input`): LiveRun records what each command read, the
 * grading replay gives it back so the state is the live one, and the submission reader takes
 * well-formed input and refuses damaged or oversized input.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../sandbox-engine/index.ts';
import { LiveRun, replay } from './replay.ts';
import { layers } from './exercises/layers.ts';
import { MAX_INPUT_CHUNK, MAX_INPUT_EVENTS, MAX_INPUT_TOTAL, readSubmissions, writeSubmission } from './submission.ts';
import { TypedInput, type Keyboard } from './typed-input.ts';
import type { InputEvent, LogEntry } from './model.ts';

/** A keyboard the test types into: a read waits until something is typed (or Ctrl-D). */
class TestKeyboard implements Keyboard {
  readonly isTTY = true;
  private queue: Array<string | null> = [];
  private waiter: ((v: Uint8Array | null) => void) | null = null;
  /** Set while a read waits. */
  get waiting(): boolean {
    return this.waiter !== null;
  }
  type(v: string | null): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) w(v === null ? null : new TextEncoder().encode(v));
    else this.queue.push(v);
  }
  /** What a Ctrl-C leaves: the read in progress is gone. */
  abandon(): void {
    this.waiter?.(null);
    this.waiter = null;
  }
  read(): Promise<Uint8Array | null> {
    if (this.queue.length > 0) {
      const v = this.queue.shift()!;
      return Promise.resolve(v === null ? null : new TextEncoder().encode(v));
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }
  async readAll(): Promise<Uint8Array> {
    throw new Error('not used: TypedInput reads chunk by chunk');
  }
}

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));
async function untilWaiting(kb: TestKeyboard): Promise<void> {
  for (let i = 0; i < 1000 && !kb.waiting; i++) await tick(2);
  if (!kb.waiting) throw new Error('nothing reads the keyboard');
}

const serialized = (run: LiveRun<unknown>) => JSON.stringify(run.host.serialize());
const text = (run: LiveRun<unknown>, path: string) => run.host.fs(ROOT).readText(path);

describe('recorded terminal input', () => {
  it('LiveRun records what cat and read took, and a replay of the submission is the same machine', async () => {
    const kb = new TestKeyboard();
    const live = await LiveRun.start<unknown>(layers, { stdin: kb });
    const cat = live.input({ line: 'cat > notes.txt' });
    await untilWaiting(kb);
    kb.type('one\n');
    await untilWaiting(kb);
    kb.type('two');
    await untilWaiting(kb);
    kb.type(null);
    await cat;
    // Typed before the command runs: read takes the first line; the second is never read.
    kb.type('hello\n');
    kb.type('left over\n');
    await live.input({ line: 'read -r x; echo "[$x]" > x.txt' });
    await live.input({ line: 'docker run -d --name later alpine:3.20 sleep 100' });
    const sub = live.submission();
    expect(sub.log).toEqual([
      { line: 'cat > notes.txt', input: ['one\n', 'two', null] },
      { line: 'read -r x; echo "[$x]" > x.txt', input: ['hello\n'] },
      { line: 'docker run -d --name later alpine:3.20 sleep 100' },
    ]);
    expect(text(live, '/home/student/notes.txt')).toBe('one\ntwo');
    expect(text(live, '/home/student/x.txt')).toBe('[hello]\n');

    const read = readSubmissions(writeSubmission(sub));
    if (!read.ok) throw new Error(read.error.message);
    const again = await replay<unknown>(layers, read.submissions[0].seed, read.submissions[0].log);
    expect(serialized(again)).toBe(serialized(live));
    expect(again.grade()).toEqual(live.grade());
    expect(again.submission()).toEqual(sub);
  });

  it('without its input the same log reads end-of-file: the state differs (why input is kept)', async () => {
    const log: LogEntry[] = [{ line: 'cat > notes.txt', input: ['kept\n', null] }];
    const withInput = await replay(layers, 1, log);
    const without = await replay(layers, 1, [{ line: 'cat > notes.txt' }]);
    expect(text(withInput, '/home/student/notes.txt')).toBe('kept\n');
    expect(text(without, '/home/student/notes.txt')).toBe('');
  });

  it('a read after the recorded input gets end-of-file', async () => {
    const run = await replay(layers, 1, [{ line: 'read -r a; read -r b; echo "$a|$b|$?" > r.txt', input: ['only\n'] }]);
    expect(text(run, '/home/student/r.txt')).toBe('only||1\n');
  });

  it('Ctrl-C while a read waits: recorded at that read, replayed there (not a tick early)', async () => {
    const kb = new TestKeyboard();
    const live = await LiveRun.start<unknown>(layers, { stdin: kb });
    const running = live.input({ line: 'read -r a; echo "$a" > a.txt; read -r b; echo "$b" > b.txt' });
    await untilWaiting(kb);
    kb.type('first\n');
    await untilWaiting(kb);
    live.interrupt();
    kb.abandon();
    await running;
    await live.input({ line: 'echo $? > status.txt' });
    const sub = live.submission();
    expect(sub.log[0].input).toEqual(['first\n', { interrupt: 'read' }]);
    expect(sub.log[0].interruptedAtStep).toBeGreaterThan(0);
    expect(text(live, '/home/student/status.txt')).toBe('130\n');
    expect(text(live, '/home/student/a.txt')).toBe('first\n');

    const again = await replay<unknown>(layers, sub.seed, sub.log);
    expect(serialized(again)).toBe(serialized(live));
    expect(again.submission()).toEqual(sub);
  });

  it("docker run -i: a Ctrl-C at the container's read is replayed at that read; the client and the read go on", async () => {
    // Recorded (CLI 28.2.2 in a pty): `docker run -i --name r alpine cat`, "first", Ctrl-C, "second",
    // Ctrl-D → cat prints both lines, status 0, `r` Exited (0): SIGINT went to PID 1 (ignored) and
    // the client's read of its terminal was only interrupted, not ended.
    const kb = new TestKeyboard();
    const live = await LiveRun.start<unknown>(layers, { stdin: kb });
    const running = live.input({ line: 'docker run -i --name reader alpine:3.20 cat' });
    await untilWaiting(kb);
    kb.type('first\n');
    await untilWaiting(kb);
    live.interrupt();
    kb.abandon();
    await untilWaiting(kb);
    kb.type('second\n');
    await untilWaiting(kb);
    kb.type(null);
    expect(await running).toEqual({ kind: 'done', status: 0 });
    const sub = live.submission();
    expect(sub.log[0].input).toEqual(['first\n', { interrupt: 'read' }, 'second\n', null]);
    expect(live.context().commands[0].output).toBe('first\nsecond\n');
    const probe = 'docker logs reader; docker ps -a --format "{{.Names}} {{.Status}}"';
    await live.input({ line: probe });
    expect(live.context().commands.at(-1)!.output).toBe('first\nsecond\nreader Exited (0) Less than a second ago\n');
    const again = await replay<unknown>(layers, sub.seed, sub.log.slice(0, 1));
    await again.input({ line: probe });
    expect(again.context().commands).toEqual(live.context().commands);
  });

  it('Ctrl-C of a command that computes: the step replays it; the marker is not kept', async () => {
    const kb = new TestKeyboard();
    const live = await LiveRun.start<unknown>(layers, { stdin: kb, yieldControl: () => tick(0) });
    const running = live.input({ line: 'i=0; while true; do i=$((i+1)); echo $i > /tmp/count; done' });
    await tick(30);
    live.interrupt();
    await running;
    const sub = live.submission();
    expect(sub.log[0]).toEqual({ line: sub.log[0].line, interruptedAtStep: sub.log[0].interruptedAtStep });
    const again = await replay<unknown>(layers, sub.seed, sub.log);
    expect(text(again, '/tmp/count')).toBe(text(live, '/tmp/count'));
  });

  it('TypedInput replays events in order, a Ctrl-C through the session, then end-of-file', async () => {
    const interrupts: number[] = [];
    const scheduled: number[] = [];
    const kb = new TypedInput(new TestKeyboard(), () => interrupts.push(1), (step) => scheduled.push(step));
    const events: InputEvent[] = ['a', null, { interrupt: 'read' }, 'b\n'];
    kb.play(events);
    const dec = (c: Uint8Array | null) => (c === null ? null : new TextDecoder().decode(c));
    expect(dec(await kb.read())).toBe('a');
    expect(await kb.read()).toBeNull();
    expect(interrupts).toEqual([]);
    expect(await kb.read()).toBeNull();
    expect(interrupts).toEqual([1]);
    expect(dec(await kb.read())).toBe('b\n');
    expect(await kb.read()).toBeNull();
    expect(await kb.read()).toBeNull();
    kb.stop();

    // A busy Ctrl-C without a step (an older log) comes by itself, soon after the input before it;
    // a final one its step replaces does not: that step is scheduled once the input is used up.
    kb.play(['x', { interrupt: 'busy' }]);
    await kb.read();
    await tick();
    expect(interrupts).toEqual([1, 1]);
    kb.stop();
    kb.play(['x', { interrupt: 'busy' }], { finalStep: 9 });
    expect(scheduled).toEqual([]);
    await kb.read();
    await tick();
    expect(interrupts).toEqual([1, 1]);
    expect(scheduled).toEqual([9]);
    expect(await kb.read()).toBeNull();
    kb.stop();

    // Busy Ctrl-Cs with their steps are scheduled in turn, each once the input before it is read.
    scheduled.length = 0;
    kb.play([{ interrupt: 'busy', step: 3 }, 'y', { interrupt: 'busy', step: 5 }, { interrupt: 'busy', step: 5 }, 'z'], { finalStep: 8 });
    expect(scheduled).toEqual([3]);
    expect(dec(await kb.read())).toBe('y');
    expect(scheduled).toEqual([3, 5, 5]);
    expect(dec(await kb.read())).toBe('z');
    expect(scheduled).toEqual([3, 5, 5, 8]);
    await tick();
    expect(interrupts).toEqual([1, 1]);
    kb.stop();
  });
});

describe('submission files with input', () => {
  const file = (input: unknown) => JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 1, log: [{ line: 'cat', input }] });
  const result = (input: unknown) => readSubmissions(file(input));

  it('reads strings, null and Ctrl-C markers (a busy one with its step; other fields dropped)', () => {
    const r = result(['a\n', '', null, { interrupt: 'read', step: 4 }, { interrupt: 'busy', note: 'x' }, { interrupt: 'busy', step: 12 }]);
    expect(r).toEqual({
      ok: true,
      submissions: [{ exercise: 'layers', seed: 1, log: [{ line: 'cat', input: ['a\n', '', null, { interrupt: 'read' }, { interrupt: 'busy' }, { interrupt: 'busy', step: 12 }] }] }],
    });
    // An entry without input stays without it.
    const plain = readSubmissions(JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 1, log: [{ line: 'ls' }] }));
    expect(plain.ok && plain.submissions[0].log[0]).toEqual({ line: 'ls' });
  });

  it('refuses input that is not a list of events, as a damaged file', () => {
    for (const bad of ['text', 5, {}, [1], [true], [['a']], [{}], [{ interrupt: 'now' }], [{ interrupt: true }], [{ interrupt: 'busy', step: -1 }], [{ interrupt: 'busy', step: 1.5 }], [{ interrupt: 'busy', step: '3' }]]) {
      const r = result(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) {
        expect(r.error.kind).toBe('damaged');
        expect(r.error.message).toMatch(/log\[0\]\.input/);
      }
    }
  });

  it('refuses oversized input: a long chunk, too many events, too much in all', () => {
    const long = result(['x'.repeat(MAX_INPUT_CHUNK + 1)]);
    expect(!long.ok && long.error).toEqual({ kind: 'damaged', message: `the submission: log[0].input[0] is longer than ${MAX_INPUT_CHUNK} characters` });
    expect(result(['x'.repeat(MAX_INPUT_CHUNK)]).ok).toBe(true);
    const many = result(new Array(MAX_INPUT_EVENTS + 1).fill(null));
    expect(!many.ok && many.error.message).toBe(`the submission: log[0].input has more than ${MAX_INPUT_EVENTS} events`);
    const chunk = 'y'.repeat(MAX_INPUT_CHUNK);
    const entries = Array.from({ length: MAX_INPUT_TOTAL / MAX_INPUT_CHUNK + 1 }, () => ({ line: 'cat', input: [chunk] }));
    const total = readSubmissions(JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 1, log: entries }));
    expect(!total.ok && total.error.message).toBe(`the submission: the typed input is longer than ${MAX_INPUT_TOTAL} characters in all`);
    expect(readSubmissions(JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 1, log: entries.slice(1) })).ok).toBe(true);
  });
});
