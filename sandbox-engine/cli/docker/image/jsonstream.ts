/**
 * How the CLI shows a daemon's JSON message stream (pull progress): docker/cli v28.5.2
 * internal/jsonstream → moby pkg/jsonmessage DisplayJSONMessagesStream and JSONMessage.Display.
 *
 * - Not a terminal: a message whose progress renders to text (`Downloading`, `Extracting` with
 *   byte counts) is dropped; every other message prints as `<id>: <status>` or `<status>`.
 * - A terminal: each id gets its own line, redrawn in place: a new id prints a newline, then the
 *   cursor goes up to the id's line (`ESC[<n>A`), the line is erased (`ESC[2K`), `\r`, the text
 *   `<id>: <status> <progress>\r`, and the cursor comes back down (`ESC[<n>B`). A message without
 *   progress (`Digest: …`) starts a new block. The progress text is go-units HumanSize counts
 *   (`%8v/%v`), with a 50-column bar only on terminals wider than 110 columns.
 */
import { humanSize } from '../../formatter/units.ts';
import type { PullEvent } from '../../../registry/index.ts';

/** JSONProgress.String() for the byte counts a pull reports (no Start, so no time left). */
export function progressString(p: { current?: number; total?: number }, width: number): string {
  const current = p.current ?? 0;
  const total = p.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  let pct = Math.trunc(((current / total) * 100) / 2);
  if (pct > 50) pct = 50;
  const bar = width > 110 ? `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] ` : '';
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

const up = (n: number) => (n === 0 ? '' : `\x1b[${n}A`);
const down = (n: number) => (n === 0 ? '' : `\x1b[${n}B`);
const CLEAR_LINE = '\x1b[2K';

/** DisplayJSONMessagesStream as a stateful renderer: feed messages in order, print what it returns. */
export class JSONStreamDisplay {
  private readonly terminal: boolean;
  private readonly width: number;
  private ids = new Map<string, number>();

  constructor(opts: { terminal: boolean; width?: number }) {
    this.terminal = opts.terminal;
    // term.GetWinsize; 200 when the size cannot be read.
    this.width = opts.width ?? 200;
  }

  render(e: PullEvent): string {
    let out = '';
    let diff = 0;
    const progress = e.progressDetail;
    if (e.id && progress !== undefined) {
      let line = this.ids.get(e.id);
      if (line === undefined) {
        line = this.ids.size;
        this.ids.set(e.id, line);
        if (this.terminal) out += '\n';
      }
      diff = this.ids.size - line;
      if (this.terminal) out += up(diff);
    } else {
      this.ids = new Map();
    }
    out += this.display(e);
    if (e.id && this.terminal) out += down(diff);
    return out;
  }

  /** JSONMessage.Display. */
  private display(e: PullEvent): string {
    const p = e.progressDetail;
    let out = '';
    let endl = '';
    if (this.terminal && p !== undefined) {
      out += CLEAR_LINE + '\r';
      endl = '\r';
    } else if (p !== undefined && progressString(p, this.width) !== '') {
      return '';
    }
    if (e.id) out += `${e.id}: `;
    if (p !== undefined && this.terminal) return out + `${e.status} ${progressString(p, this.width)}${endl}`;
    return out + `${e.status}${endl}\n`;
  }
}
