/**
 * The line being typed, edited in place on the terminal screen: insert anywhere, move, delete,
 * replace with a history entry. xterm.js is only a screen; as with a real terminal, line editing
 * is the program's job (readline's, for bash).
 *
 * The editor knows the column where the line starts and the terminal width, so it can place the
 * cursor on a line that wraps: moves are relative (CSI A/B for rows, CSI G for the column) and
 * stay right when the screen scrolls. Each code point counts as one column (wide CJK characters
 * would throw the count off). When the text ends exactly at the right margin the cursor is pushed
 * to the next row (" \r"), so its position always follows from the text length.
 *
 * `startCol` is read lazily (`columnNow`) the first time the line changes, so output that arrives
 * before any key is typed (a program's own prompt) is accounted for.
 */
export interface Screen {
  write(data: string): void;
  /** The cursor's column now, after everything written so far has been processed. */
  columnNow(): number;
  readonly cols: number;
}

export class LineEditor {
  private chars: string[] = [];
  private cursor = 0;
  private startCol: number | null = null;
  private readonly screen: Screen;

  constructor(screen: Screen) {
    this.screen = screen;
  }

  get text(): string {
    return this.chars.join('');
  }

  get empty(): boolean {
    return this.chars.length === 0;
  }

  /** The text ends exactly at the right margin, so the cursor at its end is on the next row, column 0. */
  get endsAtMargin(): boolean {
    return this.chars.length > 0 && this.place(this.chars.length)[1] === 0;
  }

  /**
   * Forget the line without touching the screen (it was submitted, or output moved on). The next
   * line starts at `startCol` when the caller knows it (it has just written a prompt whose writes
   * have not been processed yet), else wherever the cursor is when it is first edited.
   */
  reset(startCol: number | null = null): void {
    this.chars = [];
    this.cursor = 0;
    this.startCol = startCol;
  }

  /** The text so far, with the cursor moved to its end (before a newline is written). */
  take(): string {
    this.moveTo(this.chars.length);
    const t = this.text;
    this.reset();
    return t;
  }

  insert(text: string): void {
    const add = Array.from(text);
    if (add.length === 0) return;
    this.begin();
    this.chars.splice(this.cursor, 0, ...add);
    const from = this.cursor;
    this.cursor += add.length;
    this.redrawFrom(from);
  }

  backspace(): void {
    if (this.cursor === 0) return;
    this.begin();
    this.moveTo(this.cursor - 1);
    this.chars.splice(this.cursor, 1);
    this.redrawFrom(this.cursor);
  }

  deleteForward(): void {
    if (this.cursor >= this.chars.length) return;
    this.begin();
    this.chars.splice(this.cursor, 1);
    this.redrawFrom(this.cursor);
  }

  left(): void {
    if (this.cursor > 0) this.moveTo(this.cursor - 1);
  }

  right(): void {
    if (this.cursor < this.chars.length) this.moveTo(this.cursor + 1);
  }

  home(): void {
    this.moveTo(0);
  }

  end(): void {
    this.moveTo(this.chars.length);
  }

  /** Ctrl-K: delete from the cursor to the end. */
  killToEnd(): void {
    if (this.cursor >= this.chars.length) return;
    this.begin();
    this.chars.length = this.cursor;
    this.redrawFrom(this.cursor);
  }

  /** Ctrl-U: delete from the start to the cursor. */
  killToStart(): void {
    if (this.cursor === 0) return;
    this.begin();
    const n = this.cursor;
    this.moveTo(0);
    this.chars.splice(0, n);
    this.redrawFrom(0);
  }

  /** Ctrl-W: delete the word before the cursor (and the blanks after it), as readline does. */
  wordRubout(): void {
    let i = this.cursor;
    while (i > 0 && this.chars[i - 1] === ' ') i--;
    while (i > 0 && this.chars[i - 1] !== ' ') i--;
    if (i === this.cursor) return;
    this.begin();
    const n = this.cursor - i;
    this.moveTo(i);
    this.chars.splice(i, n);
    this.redrawFrom(i);
  }

  /** Replace the whole line (history up/down), cursor at the end. */
  setText(text: string): void {
    this.begin();
    this.moveTo(0);
    this.chars = Array.from(text);
    this.redrawFrom(0);
    this.moveTo(this.chars.length);
  }

  private begin(): void {
    // A column equal to the width means "at the margin, about to wrap": place() handles it.
    this.startCol ??= Math.min(this.screen.columnNow(), this.screen.cols);
  }

  /** Row (relative to the line's first row) and column of the cell before character `i`. */
  private place(i: number): [number, number] {
    const cols = Math.max(this.screen.cols, 1);
    const p = (this.startCol ?? 0) + i;
    return [Math.floor(p / cols), p % cols];
  }

  private moveTo(i: number): void {
    if (i === this.cursor) return;
    this.begin();
    const [r0] = this.place(this.cursor);
    const [r1, c1] = this.place(i);
    let s = '';
    if (r1 < r0) s += `\x1b[${r0 - r1}A`;
    else if (r1 > r0) s += `\x1b[${r1 - r0}B`;
    s += `\x1b[${c1 + 1}G`;
    this.screen.write(s);
    this.cursor = i;
  }

  /** The cursor is at `from`: rewrite the rest, clear what was after it, put the cursor back. */
  private redrawFrom(from: number): void {
    const cursor = this.cursor;
    let s = this.chars.slice(from).join('');
    const len = this.chars.length;
    if (len > 0 && this.place(len)[1] === 0 && len > from) s += ' \r';
    s += '\x1b[J';
    this.screen.write(s);
    this.cursor = len;
    this.moveTo(cursor);
  }
}

/**
 * The cursor column after writing `text` from column `col` on a screen `cols` wide (with LF as
 * CR LF, as the terminal is set up): escape sequences take no room, each code point one cell.
 * `cols` itself means the cursor waits at the right margin for the next character to wrap.
 */
export function columnAfter(col: number, text: string, cols: number): number {
  const plain = text.replace(/\x1b(?:\[[0-9;?]*[ -\/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)/gs, '');
  for (const ch of plain) {
    if (ch === '\r' || ch === '\n') col = 0;
    else if (ch === '\b') col = Math.max(0, Math.min(col, cols - 1) - 1);
    else if (ch === '\t') col = Math.min(cols - 1, (Math.floor(col / 8) + 1) * 8);
    else if (ch >= ' ') col = col >= cols ? 1 : col + 1;
  }
  return col;
}
