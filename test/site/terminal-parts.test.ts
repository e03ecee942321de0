/** The terminal's small parts: history browsing, the stdin queue the worker hands to the shell, columns. */
import { describe, expect, it } from 'vitest';
import { History } from '../../site/lib/terminal/history.ts';
import { StdinQueue } from '../../site/lib/terminal/stdin-queue.ts';
import { columnAfter } from '../../site/lib/terminal/line-editor.ts';

describe('History', () => {
  it('browses back and forth and gives back the line being typed', () => {
    const h = new History();
    h.add('echo a');
    h.add('echo b');
    h.add('echo b');
    expect(h.up('draft')).toBe('echo b');
    expect(h.up('echo b')).toBe('echo a');
    expect(h.up('echo a')).toBeUndefined();
    expect(h.down()).toBe('echo b');
    expect(h.down()).toBe('draft');
    expect(h.down()).toBeUndefined();
  });
});

describe('StdinQueue', () => {
  it('hands typed data to a waiting read, says when a read waits, and ends it on Ctrl-D', async () => {
    const q = new StdinQueue();
    let waits = 0;
    q.onWait = () => waits++;
    const first = q.read();
    expect(waits).toBe(1);
    q.push('line\n');
    expect(new TextDecoder().decode((await first)!)).toBe('line\n');
    const second = q.read();
    q.signalEof();
    expect(await second).toBeNull();
  });

  it('gives back unread lines as type-ahead and forgets an end-of-file nobody read', async () => {
    const q = new StdinQueue();
    q.push('echo one\necho two\n');
    q.signalEof();
    expect(q.drainLines()).toEqual(['echo one', 'echo two']);
    // Typed text, then Ctrl-D: the text is read first, then the end.
    q.push('x');
    q.signalEof();
    expect(new TextDecoder().decode(await q.readAll())).toBe('x');
  });
});

describe('columnAfter', () => {
  it('skips colour escapes, wraps at the margin, and restarts after a newline', () => {
    expect(columnAfter(0, '\x1b[01;32mstudent@docker-host\x1b[00m:~$ ', 80)).toBe(23);
    expect(columnAfter(8, 'ab', 10)).toBe(10);
    expect(columnAfter(8, 'abcd', 10)).toBe(2);
    expect(columnAfter(10, 'a', 10)).toBe(1);
    expect(columnAfter(5, 'x\ny$ ', 80)).toBe(3);
  });
});
