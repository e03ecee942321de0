/**
 * Splitting an instruction line into name, leading `--flags` and the rest, after BuildKit's
 * parser/split_command.go. Flags are words starting with `--` before the arguments; `--` alone
 * ends them. Quotes inside a flag word are removed and the escape token escapes one character.
 */
import { goTrimSpace, isGoSpace } from './ast.ts';
import { splitWhitespace } from './line-parsers.ts';

export interface SplitCommand {
  cmd: string;
  flags: string[];
  args: string;
}

export function splitCommand(line: string, escapeToken: string): SplitCommand {
  const parts = splitWhitespace(goTrimSpace(line), 2);
  let args = '';
  let flags: string[] = [];
  if (parts.length === 2) [args, flags] = extractBuilderFlags(parts[1], escapeToken);
  return { cmd: parts[0], flags, args: goTrimSpace(args) };
}

/**
 * Go walks this line byte by byte and appends each byte as a rune, so a non-ASCII character in a
 * flag comes out as Latin-1 mojibake (`é` becomes `Ã©`). We walk the UTF-8 bytes the same way.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function extractBuilderFlags(line: string, escapeToken: string): [string, string[]] {
  const bytes = encoder.encode(line);
  const at = (i: number) => String.fromCharCode(bytes[i]);
  const restFrom = (i: number) => decoder.decode(bytes.subarray(i));
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let buf = '';
  let quote = '';
  let blankOK = false;
  const n = bytes.length;
  for (let pos = 0; pos <= n; pos++) {
    let ch = pos < n ? at(pos) : '';
    if (phase === 'spaces') {
      if (pos === n) break;
      if (isGoSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === n || at(pos + 1) !== '-') return [restFrom(pos), words];
      phase = 'word';
    }
    if (pos === n) {
      if (buf !== '--' && (blankOK || buf.length > 0)) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (buf === '--') return [restFrom(pos), words];
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === escapeToken) {
        if (pos + 1 === n) continue;
        pos++;
        ch = at(pos);
      }
      buf += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === escapeToken) {
      if (pos + 1 === n) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = at(pos);
    }
    buf += ch;
  }
  return ['', words];
}
