/**
 * sed's input: lines from several files read as one stream (or each file alone with -s/-i), with
 * one line of lookahead so `$` is known. Files are opened lazily, stdin is streamed.
 */
import type { ProcessContext } from '../../../process.ts';
import { LineReader, asFsError } from '../text-io.ts';
import type { FsError } from '../../../../vfs/errors.ts';

export interface Line {
  text: string;
  /** False for an unterminated last line: sed then prints it without a newline too. */
  nl: boolean;
}

export class SedInput {
  private readonly ctx: ProcessContext;
  private readonly files: string[];
  private readonly sep: string;
  private readonly onError: (name: string, e: FsError) => Promise<void>;
  private fileIndex = 0;
  private reader: LineReader | null = null;
  private ahead: Line | null | undefined = undefined;
  current = '-';
  lineNo = 0;

  constructor(ctx: ProcessContext, files: string[], sep: string, onError: (name: string, e: FsError) => Promise<void>) {
    this.ctx = ctx;
    this.files = files;
    this.sep = sep;
    this.onError = onError;
  }

  private async raw(): Promise<Line | null> {
    for (;;) {
      if (!this.reader) {
        if (this.fileIndex >= this.files.length) return null;
        const name = this.files[this.fileIndex++];
        if (name === '-') this.reader = new LineReader(this.ctx.stdin);
        else {
          try {
            this.reader = new LineReader(this.ctx.fs.readFile(name));
          } catch (e) {
            await this.onError(name, asFsError(e));
            continue;
          }
        }
        this.current = name;
      }
      const l = await this.reader.next(this.sep);
      if (l === null) {
        this.reader = null;
        continue;
      }
      const nl = l.endsWith(this.sep);
      return { text: nl ? l.slice(0, -1) : l, nl };
    }
  }

  async next(): Promise<Line | null> {
    const l = this.ahead !== undefined ? this.ahead : await this.raw();
    this.ahead = undefined;
    if (l !== null) this.lineNo++;
    return l;
  }

  async isLast(): Promise<boolean> {
    if (this.ahead === undefined) this.ahead = await this.raw();
    return this.ahead === null;
  }
}
