/**
 * Docker's tables (ps, images, history, top, volume ls, system df) are aligned by a tabwriter
 * (docker/cli cli/command/formatter/tabwriter, a copy of Go's text/tabwriter): every column but the
 * last is as wide as its widest cell plus `padding` (3), and at least `minwidth` (10 for the
 * formatter tables, cli/command/formatter/formatter.go:89; 20 for `docker top`,
 * cli/command/container/top.go). Widths count runes.
 *
 * Normalizing a cell (an ID, "3 seconds ago") changes its width and so the whole table's layout.
 * So a table is first checked against those rules and turned into tab-separated cells
 * (`toCells`), normalized, and laid out again (`layout`). A table that breaks the rules is left as
 * printed, so a misaligned simulator table still shows up as a difference.
 */

export interface TableStyle {
  minwidth: number;
  padding: number;
}

export const FORMATTER_TABLE: TableStyle = { minwidth: 10, padding: 3 };
export const TOP_TABLE: TableStyle = { minwidth: 20, padding: 3 };

const width = (s: string): number => Array.from(s).length;

/** Docker table headers are upper-case words (CONTAINER ID, CREATED BY, ...). */
function isHeader(line: string): boolean {
  return /^[A-Z][A-Z0-9 %()]*[A-Z0-9)]$|^[A-Z]$/.test(line.trimEnd()) && line.trim() !== '';
}

/** Column start offsets (in runes) of a header line: a cell starts after 2+ spaces. */
function columnStarts(header: string): number[] {
  const chars = Array.from(header);
  const starts = [0];
  let spaces = 0;
  chars.forEach((c, i) => {
    if (c === ' ') spaces++;
    else {
      if (i > 0 && spaces >= 2) starts.push(i);
      spaces = 0;
    }
  });
  return starts;
}

/**
 * The table's cells, joined by tabs, one row per line; or null when `text` is not a table laid out
 * by the tabwriter rules (then it should be compared as printed).
 */
export function toCells(text: string, style: TableStyle): string | null {
  if (text === '' || !text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  if (!isHeader(lines[0])) return null;
  const starts = columnStarts(lines[0]);
  if (lines.some((l) => l.includes('\t'))) return null;
  const rows = lines.map((line) => {
    const chars = Array.from(line);
    return starts.map((s, j) => {
      const end = j + 1 < starts.length ? starts[j + 1] : chars.length;
      return chars.slice(s, Math.max(s, end)).join('');
    });
  });
  // Each non-last column must be exactly max(minwidth, widest cell + padding) wide, and every row
  // but possibly the last cell must fill its columns (the tabwriter pads even empty cells).
  for (let j = 0; j + 1 < starts.length; j++) {
    const colWidth = starts[j + 1] - starts[j];
    let widest = 0;
    for (const [r, row] of rows.entries()) {
      const cell = row[j];
      if (width(cell) !== colWidth) return null;
      const textPart = cell.replace(/ +$/, '');
      if (r > 0 && /^ /.test(textPart)) return null;
      widest = Math.max(widest, width(textPart));
    }
    if (colWidth !== Math.max(style.minwidth, widest + style.padding)) return null;
  }
  return rows.map((row) => row.map((c, j) => (j + 1 < row.length ? c.replace(/ +$/, '') : c)).join('\t')).join('\n') + '\n';
}

/** Lays tab-separated rows out as the tabwriter would. */
export function layout(cells: string, style: TableStyle): string {
  const rows = cells.slice(0, -1).split('\n').map((l) => l.split('\t'));
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let j = 0; j + 1 < cols; j++) {
    let w = style.minwidth;
    for (const r of rows) if (j + 1 < r.length) w = Math.max(w, width(r[j]) + style.padding);
    widths.push(w);
  }
  return (
    rows
      .map((r) => r.map((c, j) => (j + 1 < r.length ? c + ' '.repeat(widths[j] - width(c)) : c)).join(''))
      .join('\n') + '\n'
  );
}

/** Which table style a command's stdout uses, if it prints a table. */
export function tableStyleOf(command: string): TableStyle | null {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'docker') return null;
  const verb = words.slice(1, 3).join(' ');
  const one = words[1];
  if (one === 'top' || verb === 'container top') return TOP_TABLE;
  const tables = [
    'ps', 'images', 'history',
    'container ls', 'container ps', 'container list',
    'image ls', 'image list', 'image history',
    'volume ls', 'volume list', 'system df',
  ];
  if (tables.includes(one) || tables.includes(verb)) return FORMATTER_TABLE;
  return null;
}
