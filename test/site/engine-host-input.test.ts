/**
 * Input typed into a running command (`cat > f`, `read x`, the shell in `docker run -it`) is kept
 * in the log entry's `input`, so a restart with the state's log (reload, undo, share) and the
 * grading replay come back to the state the student saw.
 */
import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../site/lib/terminal/engine-host.ts';
import type { FromWorker, LessonState, ToWorker } from '../../site/lib/terminal/protocol.ts';
import { replay } from '../../graders/replay.ts';
import { EXERCISES } from '../../graders/exercises/index.ts';
import { readSubmissions, writeSubmission } from '../../graders/submission.ts';
import type { LogEntry } from '../../graders/model.ts';
import { decodeShare, encodeShare } from '../../site/lib/progress/share.ts';
import { createProgressStore } from '../../site/lib/progress/store.ts';
import { FakeStorage } from './fake-storage.ts';

function harness() {
  const got: FromWorker[] = [];
  const host = new EngineHost({ post: (m) => got.push(structuredClone(m)), turn: () => new Promise((r) => setImmediate(r)) });
  const text = (ms: FromWorker[]): string => ms.map((m) => (m.type === 'output' ? m.text : '')).join('');
  const exchange = async (...ms: ToWorker[]): Promise<FromWorker[]> => {
    const from = got.length;
    for (const m of ms) host.handle(m);
    await host.settled();
    return got.slice(from);
  };
  /** Sends, then waits until the command waits for the terminal again or ends. */
  const untilReading = async (...ms: ToWorker[]): Promise<FromWorker[]> => {
    const from = got.length;
    for (const m of ms) host.handle(m);
    for (let i = 0; i < 2000; i++) {
      if (got.slice(from).some((m) => m.type === 'reading' || m.type === 'result')) return got.slice(from);
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error('the command neither read nor ended');
  };
  const lastState = (): LessonState => {
    const s = got.findLast((m) => m.type === 'state');
    if (!s || s.type !== 'state') throw new Error('no state yet');
    return s.state;
  };
  const run = async (line: string): Promise<string> => text(await exchange({ type: 'input', line }));
  const lastResult = () => got.findLast((m) => m.type === 'result') as Extract<FromWorker, { type: 'result' }>;
  return { got, host, exchange, untilReading, lastState, run, text, lastResult };
}

/** A fresh worker that replays `log`, as a reload does. */
async function restarted(log: LogEntry[], exercise?: string) {
  const h = harness();
  await h.exchange({ type: 'init', columns: 80, exercise, log });
  return h;
}

const typed = (data: string): ToWorker => ({ type: 'stdin', data });

describe('typed input in the log', () => {
  it('cat > notes.txt: lines, a partial line and Ctrl-D are recorded and replayed', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    await h.untilReading({ type: 'input', line: 'cat > notes.txt' });
    await h.untilReading(typed('first line\n'));
    await h.untilReading(typed('второй\n'));
    await h.untilReading(typed('no newline'));
    await h.exchange({ type: 'eof' });
    expect(h.lastResult()).toMatchObject({ kind: 'done', status: 0, typeAhead: [] });
    const log = h.lastState().log;
    expect(log).toEqual([{ line: 'cat > notes.txt', input: ['first line\n', 'второй\n', 'no newline', null] }]);
    const shown = await h.run('cat notes.txt; echo "|"');
    expect(shown).toBe('first line\nвторой\nno newline|\n');

    const again = await restarted(log);
    expect(again.lastState().log).toEqual(log);
    expect(await again.run('cat notes.txt; echo "|"')).toBe(shown);
  }, 60_000);

  it('read x: only what the read took; the rest is type-ahead, a later entry', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    // Both lines arrive before the command runs: read takes one, the shell gets the other back.
    const ms = await h.exchange({ type: 'input', line: 'read -r x; echo "got $x" > got.txt' }, typed('hello\n'), typed('touch second\n'));
    expect(ms.find((m) => m.type === 'result')).toMatchObject({ status: 0, typeAhead: ['touch second'] });
    await h.run('touch second');
    const log = h.lastState().log;
    expect(log).toEqual([{ line: 'read -r x; echo "got $x" > got.txt', input: ['hello\n'] }, { line: 'touch second' }]);

    const again = await restarted(log);
    expect(await again.run('cat got.txt; ls second')).toBe('got hello\nsecond\n');
    expect(again.lastState().log.slice(0, 2)).toEqual(log);
  }, 60_000);

  it('Ctrl-C while a read waits: stopped at that read, live and replayed', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    await h.untilReading({ type: 'input', line: 'read -r a; echo "$a" > a.txt; read -r b; echo "$b" > b.txt' });
    await h.untilReading(typed('one\n'));
    await h.exchange({ type: 'interrupt' });
    expect(h.lastResult()).toMatchObject({ kind: 'done', status: 130 });
    const log = h.lastState().log;
    expect(log).toHaveLength(1);
    expect(log[0].input).toEqual(['one\n', { interrupt: 'read' }]);
    expect(log[0].interruptedAtStep).toBeGreaterThan(0);
    const probe = 'echo $?; cat a.txt; ls b.txt 2>&1';
    const live = await h.run(probe);
    expect(live).toBe("130\none\nls: cannot access 'b.txt': No such file or directory\n");

    const again = await restarted(log);
    expect(await again.run(probe)).toBe(live);
    expect(again.lastState().log.slice(0, 1)).toEqual(log);
  }, 60_000);

  it('docker run -it: what the student typed in the container survives a restart and the grading replay', async () => {
    const layers = EXERCISES.get('layers')!;
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.untilReading({ type: 'input', line: 'docker run -it --name layered alpine:3.20 sh' });
    await h.untilReading(typed('mkdir /app\n'));
    // Ctrl-C at the container's prompt: a new prompt, the container goes on.
    await h.untilReading(typed('echo "never finished'));
    await h.untilReading({ type: 'interrupt' });
    // Input read by a program the container's shell runs, then the shell again.
    await h.untilReading(typed('read -r v; echo "$v" > /app/hello.txt\n'));
    await h.untilReading(typed('hello\n'));
    await h.untilReading(typed('rm /etc/motd\n'));
    await h.exchange(typed('exit\n'));
    expect(h.lastResult()).toMatchObject({ kind: 'done', status: 0 });
    for (const line of layers.solutions[0].log.slice(1)) await h.run(line);
    const log = h.lastState().log;
    expect(log[0]).toEqual({
      line: 'docker run -it --name layered alpine:3.20 sh',
      input: ['mkdir /app\n', 'echo "never finished', { interrupt: 'read' }, 'read -r v; echo "$v" > /app/hello.txt\n', 'hello\n', 'rm /etc/motd\n', 'exit\n'],
    });
    const liveState = h.lastState();
    // The lesson's task done interactively, inside the container, passes.
    expect(liveState.grade!.score).toBe(liveState.grade!.maxScore);
    const probe = 'docker diff layered; docker cp layered:/app/hello.txt hello.txt && cat hello.txt; docker ps -a --format "{{.Names}} {{.Status}}"';
    const live = await h.run(probe);
    expect(live).toContain('A /app/hello.txt\n');
    expect(live).toContain('D /etc/motd\n');
    expect(live).toContain('\nhello\n');

    // A reload, and the grading CLI with the exported file, come to the same state and grade.
    const again = await restarted(log, 'layers');
    expect(again.lastState()).toEqual(liveState);
    expect(await again.run(probe)).toBe(live);

    const file = writeSubmission({ exercise: 'layers', seed: liveState.seed, log });
    const read = readSubmissions(file);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.submissions[0].log).toEqual(log);
    const cli = await replay(layers, read.submissions[0].seed, read.submissions[0].log);
    expect(cli.grade()).toEqual(liveState.grade);
    const docker = cli.context().docker!;
    expect(docker.diff('layered')).toEqual(liveState.inspector.selected!.changes.map((c) => ({ kind: c.kind, path: c.path })));
    expect(cli.submission().log).toEqual(log);
    await cli.input({ line: probe });
    expect(cli.context().commands.at(-1)!.output).toBe(live);
  }, 60_000);

  it('a Ctrl-C while the container computes, and a Ctrl-D in it: the replay ends as the live run did', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.untilReading({ type: 'input', line: 'docker run -it --name busy alpine:3.20 sh' });
    const from = h.got.length;
    h.host.handle(typed('sleep infinity\n'));
    await new Promise((r) => setTimeout(r, 30));
    // It runs: nothing reads the terminal now.
    expect(h.got.slice(from).map((m) => m.type)).not.toContain('reading');
    await h.untilReading({ type: 'interrupt' });
    await h.untilReading(typed('touch /after\n'));
    await h.untilReading(typed('cat > /typed\n'));
    await h.untilReading(typed('some text\n'));
    // Ctrl-D on the container's terminal ends cat's read only: its shell reads on.
    await h.untilReading({ type: 'eof' });
    await h.exchange(typed('exit\n'));
    const log = h.lastState().log;
    // The busy Ctrl-C carries the step at which it landed in the client's wait.
    expect(log[0].input).toEqual(['sleep infinity\n', { interrupt: 'busy', step: expect.any(Number) }, 'touch /after\n', 'cat > /typed\n', 'some text\n', null, 'exit\n']);
    const probe = 'docker diff busy; docker ps -a --format "{{.Names}} {{.Status}}"; docker cp busy:/typed typed.txt && cat typed.txt';
    const live = await h.run(probe);
    expect(live).toContain('A /after\n');
    const again = await restarted(log, 'layers');
    expect(again.lastState().log).toEqual(log);
    expect(await again.run(probe)).toBe(live);
  }, 60_000);

  it('a reload while still inside the container keeps what was done there', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.run('touch before');
    const started = await h.untilReading({ type: 'input', line: 'docker run -it --name inside alpine:3.20 sh' });
    // Nothing read yet: no state while it runs.
    expect(started.map((m) => m.type)).not.toContain('state');
    const ms = await h.untilReading(typed('mkdir /app && echo kept > /app/f\n'));
    // Read and waiting again: a state with the input so far; the running command is the last one.
    expect(ms.map((m) => m.type)).toEqual(['output', 'reading', 'state']);
    const mid = h.lastState();
    expect(mid.log).toEqual([{ line: 'touch before' }, { line: 'docker run -it --name inside alpine:3.20 sh', input: ['mkdir /app && echo kept > /app/f\n'] }]);
    expect(mid.lastCommandStart).toBe(1);
    expect(mid.inspector.selected?.changes).toEqual([{ kind: 'A', path: '/app' }, { kind: 'A', path: '/app/f' }]);

    // The page reloads here: the replay runs the shell with that input, then end-of-file ends it.
    const again = await restarted(mid.log, 'layers');
    expect(again.lastState().log).toEqual(mid.log);
    expect(await again.run('docker diff inside; docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('A /app\nA /app/f\ninside Exited (0) Less than a second ago\n');
  }, 60_000);
});

describe('saved forms keep the input', () => {
  const log: LogEntry[] = [
    { line: 'docker run -it --name box alpine:3.20 sh', input: ['echo "héllo" > /f\n', { interrupt: 'read' }, 'sleep infinity\n', { interrupt: 'busy' }, 'exit\n'] },
    { line: 'cat > notes.txt', interruptedAtStep: 3, input: ['partial', { interrupt: 'read' }] },
    { line: 'cat', input: ['x', null] },
  ];

  it('a share link', () => {
    expect(decodeShare(encodeShare({ seed: 4, log }))).toEqual({ seed: 4, log });
  });

  it('the progress store, its export and its import', () => {
    const store = createProgressStore(new FakeStorage(), () => new Date('2026-05-01T10:00:00.000Z'));
    store.saveLesson('layers', { seed: 1, log, updatedAt: '2026-05-01T09:00:00.000Z' });
    expect(store.loadLesson('layers')?.log).toEqual(log);
    const exported = store.exportFile();
    const other = createProgressStore(new FakeStorage(), () => new Date('2026-05-01T11:00:00.000Z'));
    expect(other.importFile(exported)).toEqual({ ok: true, exercises: ['layers'] });
    expect(other.loadLesson('layers')?.log).toEqual(log);
  });
});
