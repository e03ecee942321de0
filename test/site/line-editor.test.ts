/**
 * The terminal's line editor (site/lib/terminal/line-editor.ts) against a real xterm.js screen
 * (@xterm/headless): what the student sees after editing, including lines that wrap.
 */
import { describe, expect, it } from 'vitest';
import xterm from '@xterm/headless';
import { LineEditor } from '../../site/lib/terminal/line-editor.ts';
import { splitKeys } from '../../site/lib/terminal/keys.ts';

async function setup(cols: number, prompt: string) {
  const term = new xterm.Terminal({ cols, rows: 10, allowProposedApi: true, convertEol: true });
  const flush = () => new Promise<void>((r) => term.write('', r));
  term.write(prompt);
  await flush();
  const ed = new LineEditor({ write: (d) => term.write(d), columnNow: () => term.buffer.active.cursorX, cols });
  const lines = async () => {
    await flush();
    const b = term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < b.length; i++) out.push(b.getLine(i)!.translateToString(true));
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  };
  const cursor = async () => {
    await flush();
    return [term.buffer.active.cursorY, term.buffer.active.cursorX];
  };
  return { term, ed, lines, cursor };
}

describe('LineEditor', () => {
  it('inserts in the middle, deletes back and forward, on one row', async () => {
    const { ed, lines, cursor } = await setup(40, '$ ');
    ed.insert('echo hllo');
    ed.left();
    ed.left();
    ed.left();
    ed.insert('e');
    expect(await lines()).toEqual(['$ echo hello']);
    expect(await cursor()).toEqual([0, 9]);
    ed.home();
    ed.deleteForward();
    ed.end();
    ed.backspace();
    expect(await lines()).toEqual(['$ cho hell']);
    expect(ed.text).toBe('cho hell');
    expect(await cursor()).toEqual([0, 10]);
  });

  it('edits a line that wraps, and puts the cursor where the text says', async () => {
    const { ed, lines, cursor } = await setup(10, '$ ');
    ed.insert('abcdefghijklmnop'); // 2 + 16 = 18 cells: two rows
    expect(await lines()).toEqual(['$ abcdefgh', 'ijklmnop']);
    ed.home();
    expect(await cursor()).toEqual([0, 2]);
    ed.insert('XY');
    expect(await lines()).toEqual(['$ XYabcdef', 'ghijklmnop']);
    // Exactly at the margin the cursor sits on the next row, not in the last cell.
    ed.end();
    expect(await cursor()).toEqual([2, 0]);
    ed.backspace();
    ed.backspace();
    ed.backspace();
    expect(await lines()).toEqual(['$ XYabcdef', 'ghijklm']);
    expect(await cursor()).toEqual([1, 7]);
    ed.setText('short');
    expect(await lines()).toEqual(['$ short']);
    expect(await cursor()).toEqual([0, 7]);
  });

  it('kills words and line parts as readline does', async () => {
    const { ed, lines } = await setup(40, '$ ');
    ed.insert('docker run  alpine');
    ed.wordRubout();
    expect(ed.text).toBe('docker run  ');
    ed.wordRubout();
    expect(ed.text).toBe('docker ');
    ed.left();
    ed.left();
    ed.killToEnd();
    expect(ed.text).toBe('docke');
    ed.left();
    ed.killToStart();
    expect(ed.text).toBe('e');
    expect(await lines()).toEqual(['$ e']);
    expect(ed.take()).toBe('e');
    expect(ed.empty).toBe(true);
  });
});

describe('splitKeys', () => {
  it('splits escape sequences, control keys, CR LF and astral characters', () => {
    expect(splitKeys('a\x1b[Db\x1bOH\x03\r\nё😀\x1b[3~')).toEqual(['a', '\x1b[D', 'b', '\x1bOH', '\x03', '\r', 'ё', '😀', '\x1b[3~']);
  });
});
