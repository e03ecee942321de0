/**
 * The worker's logic (site/lib/terminal/engine-host.ts) in Node, without a Worker: the messages
 * the page would get, checked against graders' replay (the grading CLI's state) for the same log.
 */
import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../site/lib/terminal/engine-host.ts';
import type { FromWorker, LessonState, ToWorker } from '../../site/lib/terminal/protocol.ts';
import { undoLog } from '../../site/lib/terminal/log.ts';
import { replay } from '../../graders/replay.ts';
import { EXERCISES } from '../../graders/exercises/index.ts';
import type { LogEntry } from '../../graders/model.ts';

/** An EngineHost and everything it posted. */
function harness() {
  const got: FromWorker[] = [];
  const host = new EngineHost({ post: (m) => got.push(structuredClone(m)), turn: () => new Promise((r) => setImmediate(r)) });
  const send = (m: ToWorker): void => host.handle(m);
  /** Sends, waits for everything to be handled, returns what came back meanwhile. */
  const exchange = async (...ms: ToWorker[]): Promise<FromWorker[]> => {
    const from = got.length;
    for (const m of ms) send(m);
    await host.settled();
    return got.slice(from);
  };
  const lastState = (): LessonState => {
    const s = got.findLast((m) => m.type === 'state');
    if (!s || s.type !== 'state') throw new Error('no state yet');
    return s.state;
  };
  const text = (ms: FromWorker[]): string => ms.map((m) => (m.type === 'output' ? m.text : '')).join('');
  /** Runs a line and returns its output. */
  const run = async (line: string): Promise<string> => text(await exchange({ type: 'input', line }));
  return { got, host, send, exchange, lastState, text, run };
}

const entries = (lines: string[]): LogEntry[] => lines.map((line) => ({ line }));

describe('EngineHost', () => {
  it('an exercise with a saved log: silent replay, ready, then the grade the grading replay gives', async () => {
    const layers = EXERCISES.get('layers')!;
    const log = entries(layers.solutions[0].log);
    const h = harness();
    const ms = await h.exchange({ type: 'init', columns: 80, exercise: 'layers', log });
    expect(ms.map((m) => m.type)).toEqual(['ready', 'state']);
    const ready = ms[0] as Extract<FromWorker, { type: 'ready' }>;
    expect(ready.replayed).toBe(log.length);
    expect(ready.prompt).toBe('student@docker-host:~$ ');
    const state = h.lastState();
    const cli = await replay(layers, layers.scenario.seed, log);
    expect(state.grade).toEqual(cli.grade());
    expect(state.grade!.score).toBe(state.grade!.maxScore);
    expect(state.log).toEqual(log);
    expect(state.seed).toBe(layers.scenario.seed);
    expect(state.lastCommandStart).toBe(log.length - 1);
    // The inspector sees the container the solution made, and its diff as the CLI prints it.
    expect(state.inspector.selected?.name).toBe('layered');
    const diff = await h.run('docker diff layered');
    expect(diff).toBe(state.inspector.selected!.changes.map((c) => `${c.kind} ${c.path}\n`).join(''));
  }, 60_000);

  it('the starting state fails, and every complete command answers result then state', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    expect(h.lastState().grade!.score).toBe(0);
    expect(h.lastState().lastCommandStart).toBe(-1);
    const ms = await h.exchange({ type: 'input', line: 'echo hi' });
    expect(ms.map((m) => m.type)).toEqual(['output', 'result', 'state']);
    expect(h.text(ms)).toBe('hi\n');
    expect(h.lastState().log).toEqual([{ line: 'echo hi' }]);
    // An open construct: a result (PS2), no state; its end: both.
    const open = await h.exchange({ type: 'input', line: 'if true' });
    expect(open.map((m) => m.type)).toEqual(['result']);
    expect(open[0]).toMatchObject({ kind: 'continue', prompt: '> ' });
    const end = await h.exchange({ type: 'input', line: 'then echo yes; fi' });
    expect(end.map((m) => m.type)).toEqual(['output', 'result', 'state']);
    expect(h.lastState().lastCommandStart).toBe(1);
    expect(h.lastState().log.map((e) => e.line)).toEqual(['echo hi', 'if true', 'then echo yes; fi']);
  }, 60_000);

  it('the sandbox: no grade, no image pulled in advance, the seed the page asked for', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, seed: 7 });
    expect(h.lastState().grade).toBeNull();
    expect(h.lastState().seed).toBe(7);
    expect(h.lastState().inspector).toEqual({ containers: [], selected: null, images: [], volumes: [] });
    expect(await h.run('docker images -q')).toBe('');
  }, 60_000);

  it('Ctrl-C at a continuation prompt drops the construct from the shell and from the log', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    await h.run('echo one');
    await h.exchange({ type: 'input', line: 'echo "two' });
    const ms = await h.exchange({ type: 'interrupt' });
    expect(ms[0]).toEqual({ type: 'prompt', prompt: 'student@docker-host:~$ ' });
    expect(await h.run('echo three')).toBe('three\n');
    const log = h.lastState().log;
    expect(log).toEqual([{ line: 'echo one' }, { line: 'echo three' }]);
    // The replay agrees: no quote left open to swallow the next line.
    const again = harness();
    await again.exchange({ type: 'init', columns: 80, log });
    expect(await again.run('history | tail -n 3')).toBe('    1  echo one\n    2  echo three\n    3  history | tail -n 3\n');
  }, 60_000);

  it('editor: a save is a logged command, `cat` shows it, a replay rebuilds it; errors leave no trace', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    await h.run('mkdir build && cd build');
    // What the student did to their shell does not change what a save writes.
    await h.run('set -o noclobber; printf() { echo hijacked; }; echo old > Dockerfile');
    const text = "FROM alpine:3.20\nRUN echo 'it''s' > /x\n\n# no final newline";
    const ms = await h.exchange({ type: 'writeFile', id: 1, path: 'build/Dockerfile', text });
    expect(ms.map((m) => m.type)).toEqual(['written', 'state']);
    expect(ms[0]).toEqual({ type: 'written', id: 1 });
    // Relative to the home directory, whatever the shell's cwd.
    expect(await h.run('cat Dockerfile; echo "|"')).toBe(text + '|\n');
    expect(await h.run('stat -c "%U %a" Dockerfile')).toBe('student 644\n');
    const read = await h.exchange({ type: 'readFile', id: 2, path: '/home/student/build/Dockerfile' });
    expect(read).toEqual([{ type: 'file', id: 2, text }]);
    const missing = await h.exchange({ type: 'readFile', id: 3, path: 'nope' });
    expect(missing).toEqual([{ type: 'file', id: 3, text: null }]);

    const logBefore = h.lastState().log;
    const noDir = await h.exchange({ type: 'writeFile', id: 4, path: 'no/such/dir/f', text: 'x' });
    expect(noDir).toEqual([{ type: 'written', id: 4, error: 'No such file or directory' }]);
    const denied = await h.exchange({ type: 'writeFile', id: 5, path: '/etc/passwd', text: 'x' });
    expect(denied).toEqual([{ type: 'written', id: 5, error: 'Permission denied' }]);
    const isDir = await h.exchange({ type: 'writeFile', id: 6, path: 'build', text: 'x' });
    expect(isDir).toEqual([{ type: 'written', id: 6, error: 'Is a directory' }]);
    // Not in the middle of a command: the save would become part of it.
    await h.exchange({ type: 'input', line: 'echo "open' });
    const busy = await h.exchange({ type: 'writeFile', id: 7, path: 'x', text: 'x' });
    expect(busy).toEqual([{ type: 'written', id: 7, error: 'Device or resource busy' }]);
    await h.exchange({ type: 'interrupt' });
    await h.run('true');
    expect(h.lastState().log).toEqual([...logBefore, { line: 'true' }]);

    const again = harness();
    await again.exchange({ type: 'init', columns: 80, log: h.lastState().log });
    // The replayed shell is where the student left it (cd build).
    expect(await again.run('cat Dockerfile; echo "|"')).toBe(text + '|\n');
  }, 60_000);

  it('undo: the log minus its last command rebuilds the state before it', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.run("docker run --name layered alpine:3.20 sh -c 'mkdir /app && echo hello > /app/hello.txt && rm /etc/motd'");
    await h.run('');
    const before = h.lastState();
    await h.run('docker rm layered');
    await h.run('');
    const after = h.lastState();
    expect(after.inspector.containers).toEqual([]);
    expect(undoLog(after)).toEqual(before.log);
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers', log: undoLog(after)! });
    const undone = h.lastState();
    expect(undone).toEqual(before);
    expect(undone.inspector.selected?.changes.length).toBeGreaterThan(0);
  }, 60_000);

  it('a live Ctrl-C is recorded where it landed and replayed there', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    h.send({ type: 'input', line: 'i=0; while true; do i=$((i+1)); done' });
    // Let the loop run for a while, then interrupt it.
    for (let k = 0; k < 20; k++) await new Promise((r) => setImmediate(r));
    h.send({ type: 'interrupt' });
    await h.host.settled();
    const result = h.got.findLast((m) => m.type === 'result');
    expect(result).toMatchObject({ kind: 'done', status: 130 });
    const live = await h.run('echo $i');
    const log = h.lastState().log;
    const step = log[0].interruptedAtStep;
    expect(step).toBeGreaterThan(0);

    const again = harness();
    await again.exchange({ type: 'init', columns: 80, log: log.slice(0, 1) });
    expect(await again.run('echo $?')).toBe('130\n');
    expect(await again.run('echo $i')).toBe(live);
  }, 60_000);

  it('a save while a command runs waits for it, then lands in the log after it', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    h.send({ type: 'input', line: 'read -r line; echo "read $line"' });
    h.send({ type: 'writeFile', id: 1, path: 'f', text: 'saved\n' });
    // A read after a save sees the saved text, even when it did not wait for the answer.
    h.send({ type: 'readFile', id: 2, path: 'f' });
    await new Promise((r) => setTimeout(r, 30));
    expect(h.got.some((m) => m.type === 'written' || m.type === 'file')).toBe(false);
    const ms = await h.exchange({ type: 'stdin', data: 'typed\n' });
    expect(h.text(ms)).toBe('read typed\n');
    expect(ms.map((m) => m.type)).toEqual(['output', 'result', 'state', 'written', 'state', 'file']);
    expect(ms.at(-1)).toEqual({ type: 'file', id: 2, text: 'saved\n' });
    expect(h.lastState().log.map((e) => e.line)).toEqual(['read -r line; echo "read $line"', "command printf %s 'saved", "' >| '/home/student/f'"]);
  }, 60_000);

  it('an init while a command waits for input abandons it; nothing of the old session follows ready', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    h.send({ type: 'input', line: 'cat' });
    await new Promise((r) => setTimeout(r, 50));
    const from = h.got.length;
    const ms = await h.exchange({ type: 'init', columns: 80, log: entries(['echo replayed']) });
    const after = h.got.slice(from);
    expect(after.map((m) => m.type)).toEqual(['ready', 'state']);
    expect(ms.length).toBe(2);
    expect(h.lastState().log).toEqual([{ line: 'echo replayed' }]);
    expect(await h.run('echo fresh')).toBe('fresh\n');
  }, 60_000);

  it('exit: the saved log leaves it out, so the next start is the same machine', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80 });
    await h.run('touch kept');
    const ms = await h.exchange({ type: 'input', line: 'exit' });
    expect(ms.find((m) => m.type === 'result')).toMatchObject({ kind: 'exit' });
    expect(h.lastState().log).toEqual([{ line: 'touch kept' }]);
    await h.exchange({ type: 'init', columns: 80, log: h.lastState().log });
    expect(await h.run('ls kept')).toBe('kept\n');
  }, 60_000);

  it('select picks the inspector container and answers with a state', async () => {
    const h = harness();
    await h.exchange({ type: 'init', columns: 80, exercise: 'layers' });
    await h.run('docker create --name first alpine:3.20');
    await h.run('docker create --name second alpine:3.20');
    expect(h.lastState().inspector.selected?.name).toBe('second');
    const ms = await h.exchange({ type: 'select', container: 'first' });
    expect(ms.map((m) => m.type)).toEqual(['state']);
    expect(h.lastState().inspector.selected?.name).toBe('first');
    expect(h.lastState().inspector.containers.map((c) => c.name)).toEqual(['second', 'first']);
  }, 60_000);
});
