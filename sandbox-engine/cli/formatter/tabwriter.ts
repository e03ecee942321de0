/**
 * docker/cli's fork of Go's text/tabwriter (cli/command/formatter/tabwriter) with the configuration docker/cli uses for every table:
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` (cli/command/formatter/formatter.go) — minwidth 10,
 * tabwidth 1, padding 3, padded with spaces, left-aligned, no flags.
 *
 * Semantics kept from Go:
 * - cells are terminated by '\t' (or the soft '\v'); the text after the last tab of a line is not
 *   part of a column and is never padded;
 * - a column is a run of consecutive lines that have a cell in it; its width is
 *   max(minwidth, widest cell + padding), computed per run (a line with fewer cells ends the run);
 * - a line without any tab flushes the writer, so later lines start new columns; '\f' also flushes;
 * - widths are display widths (docker/cli's fork measures with go-runewidth StringWidth, so a CJK
 *   character counts 2 columns, a combining accent 0), not bytes.
 * HTML filtering and Escape (0xff) segments are not supported (docker uses neither).
 */

import { stringWidth } from './runewidth.ts';

export interface TabwriterConfig {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  alignRight?: boolean;
  discardEmptyColumns?: boolean;
}

/** docker/cli's table writer settings. */
export const DOCKER_TABLE: TabwriterConfig = { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ' };

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}


export class TabWriter {
  private readonly cfg: TabwriterConfig;
  private out = '';
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];

  constructor(cfg: TabwriterConfig = DOCKER_TABLE) {
    this.cfg = cfg;
  }

  write(text: string): void {
    for (const ch of text) {
      if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
        const ncells = this.terminateCell(ch === '\t');
        if (ch === '\n' || ch === '\f') {
          this.lines.push([]);
          // A line with a single cell cannot affect later formatting: flush (Go does the same).
          if (ch === '\f' || ncells === 1) this.flushBuffered();
        }
      } else {
        this.cell += ch;
      }
    }
  }

  /** Format everything buffered and return all output produced so far. */
  flush(): string {
    this.flushBuffered();
    const out = this.out;
    this.out = '';
    return out;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cell, width: stringWidth(this.cell), htab });
    this.cell = '';
    return line.length;
  }

  private flushBuffered(): void {
    if (this.cell.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
  }

  private padding(textw: number, cellw: number): string {
    if (this.cfg.padchar === '\t') {
      if (this.cfg.tabwidth === 0) return '';
      const w = Math.ceil(cellw / this.cfg.tabwidth) * this.cfg.tabwidth;
      return '\t'.repeat(Math.ceil((w - textw) / this.cfg.tabwidth));
    }
    return this.cfg.padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      line.forEach((c, j) => {
        const hasWidth = j < this.widths.length;
        if (c.text.length === 0) {
          if (hasWidth) this.out += this.padding(c.width, this.widths[j]);
        } else if (!this.cfg.alignRight) {
          this.out += c.text;
          if (hasWidth) this.out += this.padding(c.width, this.widths[j]);
        } else {
          if (hasWidth) this.out += this.padding(c.width, this.widths[j]);
          this.out += c.text;
        }
      });
      // The last buffered line has no newline yet (its pending text was made a cell by flush).
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column < this.lines[t].length - 1) {
        this.writeLines(line0, t);
        line0 = t;
        let width = this.cfg.minwidth;
        let discardable = true;
        for (; t < line1; t++) {
          const line = this.lines[t];
          if (!(column < line.length - 1)) break;
          const c = line[column];
          width = Math.max(width, c.width + this.cfg.padding);
          if (c.width > 0 || c.htab) discardable = false;
        }
        if (discardable && this.cfg.discardEmptyColumns) width = 0;
        this.widths.push(width);
        this.format(line0, t);
        this.widths.pop();
        line0 = t;
        // Like Go, the outer t++ skips line t: it has no cell in this column anyway.
      }
    }
    this.writeLines(line0, line1);
  }
}

/** Format a whole text with docker's table settings (write everything, then Flush). */
export function tabwrite(text: string, cfg: TabwriterConfig = DOCKER_TABLE): string {
  const w = new TabWriter(cfg);
  w.write(text);
  return w.flush();
}
