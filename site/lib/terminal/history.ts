/**
 * Line history for the terminal's editor (bash keeps its own for `history` and `!!`; this one is
 * what Up and Down browse). Consecutive duplicates are stored once, as with HISTCONTROL=ignoredups.
 */
/** Lines entered, browsed with up/down; the line being typed is kept while browsing. */
export class History {
  private readonly lines: string[] = [];
  private index = 0;
  private draft = '';

  add(line: string): void {
    if (this.lines[this.lines.length - 1] !== line) this.lines.push(line);
    if (this.lines.length > 1000) this.lines.shift();
    this.rewind();
  }

  rewind(): void {
    this.index = this.lines.length;
    this.draft = '';
  }

  up(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.lines.length) this.draft = current;
    return this.lines[--this.index];
  }

  down(): string | undefined {
    if (this.index >= this.lines.length) return undefined;
    this.index++;
    return this.index === this.lines.length ? this.draft : this.lines[this.index];
  }
}
