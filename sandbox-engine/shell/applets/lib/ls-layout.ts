/**
 * Multi-column layouts of `ls -C` / `ls -x`.
 *
 * GNU (ls.c calculate_columns / print_many_per_line): try every column count up to
 * width/3, each column as wide as its longest name plus 2 (the last column without the gap), keep
 * the most columns whose line fits in fewer than `width` cells; pad with tabs where a tab stop
 * (every 8 cells) is reached without passing the target, then with spaces.
 *
 * busybox (ls.c display_files): one width for all columns, the longest name plus 2; as many
 * columns as fit in the terminal width minus one; padding with spaces only.
 */

export interface Cell {
  /** What is written (may contain colour escapes). */
  text: string;
  /** Its width on screen. */
  width: number;
}

const GNU_MIN_COLUMN_WIDTH = 3;

function gnuIndent(from: number, to: number, tabsize: number): string {
  let out = '';
  while (from < to) {
    if (tabsize !== 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      out += '\t';
      from += tabsize - (from % tabsize);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

/** GNU's layout; `byColumns` is -C (false is -x). Returns the text including newlines. */
export function gnuColumns(cells: readonly Cell[], lineWidth: number, byColumns: boolean, tabsize = 8): string {
  const n = cells.length;
  if (n === 0) return '';
  const maxIdea = Math.max(1, Math.floor(lineWidth / GNU_MIN_COLUMN_WIDTH));
  const maxCols = Math.min(maxIdea, n);
  const info = [] as { valid: boolean; lineLen: number; colArr: number[] }[];
  for (let i = 0; i < maxCols; i++) {
    info.push({ valid: true, lineLen: (i + 1) * GNU_MIN_COLUMN_WIDTH, colArr: new Array(i + 1).fill(GNU_MIN_COLUMN_WIDTH) });
  }
  for (let f = 0; f < n; f++) {
    const nameLen = cells[f].width;
    for (let i = 0; i < maxCols; i++) {
      const ci = info[i];
      if (!ci.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.floor((n + i) / (i + 1))) : f % (i + 1);
      const realLen = nameLen + (idx === i ? 0 : 2);
      if (ci.colArr[idx] < realLen) {
        ci.lineLen += realLen - ci.colArr[idx];
        ci.colArr[idx] = realLen;
        ci.valid = ci.lineLen < lineWidth;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  const colArr = info[cols - 1].colArr;
  let out = '';
  if (byColumns) {
    const rows = Math.floor(n / cols) + (n % cols !== 0 ? 1 : 0);
    for (let row = 0; row < rows; row++) {
      let col = 0;
      let f = row;
      let pos = 0;
      for (;;) {
        const cell = cells[f];
        const maxLen = colArr[col++];
        out += cell.text;
        f += rows;
        if (f >= n) break;
        out += gnuIndent(pos + cell.width, pos + maxLen, tabsize);
        pos += maxLen;
      }
      out += '\n';
    }
  } else {
    let pos = 0;
    let col = 0;
    out += cells[0].text;
    for (let f = 1; f < n; f++) {
      const prev = cells[f - 1];
      const maxLen = colArr[col];
      col = f % cols;
      if (col === 0) {
        out += '\n';
        pos = 0;
      } else {
        out += gnuIndent(pos + prev.width, pos + maxLen, tabsize);
        pos += maxLen;
      }
      out += cells[f].text;
    }
    out += '\n';
  }
  return out;
}

/**
 * busybox's layout. `extra` is the width busybox adds for -i (8) and -s (5) columns; `width` is
 * the terminal width (busybox subtracts one itself).
 */
export function busyboxColumns(cells: readonly Cell[], nameWidths: readonly number[], width: number, byColumns: boolean, extra: number): string {
  const n = cells.length;
  if (n === 0) return '';
  let columnWidth = 0;
  for (const w of nameWidths) columnWidth = Math.max(columnWidth, w);
  columnWidth += 2 + extra;
  let ncols = Math.floor((width - 1) / columnWidth);
  let nrows: number;
  if (ncols > 1) {
    nrows = Math.floor(n / ncols);
    if (nrows * ncols < n) nrows++;
  } else {
    nrows = n;
    ncols = 1;
  }
  let out = '';
  for (let row = 0; row < nrows; row++) {
    let column = 0;
    let nexttab = 0;
    for (let nc = 0; nc < ncols; nc++) {
      const i = byColumns ? nc * nrows + row : row * ncols + nc;
      if (i >= n) continue;
      if (column > 0) {
        const padBy = nexttab - column;
        out += ' '.repeat(Math.max(0, padBy));
        column += padBy;
      }
      nexttab = column + columnWidth;
      out += cells[i].text;
      column += cells[i].width;
    }
    out += '\n';
  }
  return out;
}
