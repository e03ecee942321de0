/**
 * The differential suite's snippet files and fixtures, shared by the recorder
 * (scripts/record-differential.ts) and the vitest runner (differential.test.ts).
 *
 * A snippet file is plain text: everything before the first `### name` line is a comment for
 * humans; each `### name` line starts a snippet whose body runs until the next header. Leading and
 * trailing blank lines of a body are dropped; the rest is passed verbatim to `bash -c` (gnu) or
 * `busybox sh -c` (busybox) on the real side and to `session.runScript` in the simulator.
 */
import type { Flavour } from '../../sandbox-engine/shell/process.ts';

export interface Snippet {
  name: string;
  script: string;
}

/** What the real program did, as stored in fixtures/<flavour>.json. */
export interface Recording extends Snippet {
  stdout: string;
  stderr: string;
  status: number;
}

export interface FixtureFile {
  flavour: Flavour;
  /** Versions of the real programs the fixture was recorded with, for whoever re-records. */
  recordedWith: string[];
  snippets: Recording[];
}

export const FLAVOURS: readonly Flavour[] = ['gnu', 'busybox'];

/** Paths relative to the repository root. */
export function snippetPath(flavour: Flavour): string {
  return `test/differential/snippets.${flavour}.txt`;
}

export function fixturePath(flavour: Flavour): string {
  return `test/differential/fixtures/${flavour}.json`;
}

const HEADER = /^### (\S+)\s*$/;
const NAME = /^[a-z0-9][a-z0-9._-]*$/;

export function parseSnippets(text: string, file = 'snippets'): Snippet[] {
  const out: Snippet[] = [];
  const seen = new Set<string>();
  let current: { name: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const lines = current.lines;
    while (lines.length > 0 && lines[0].trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
    if (lines.length === 0) throw new Error(`${file}: snippet ${current.name} is empty`);
    out.push({ name: current.name, script: lines.join('\n') });
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]);
    if (m) {
      flush();
      const name = m[1];
      if (!NAME.test(name)) throw new Error(`${file}:${i + 1}: bad snippet name ${JSON.stringify(name)}`);
      if (seen.has(name)) throw new Error(`${file}:${i + 1}: duplicate snippet name ${name}`);
      seen.add(name);
      current = { name, lines: [] };
    } else if (lines[i].startsWith('###')) {
      // A header with a typo would silently glue two snippets together.
      throw new Error(`${file}:${i + 1}: malformed header ${JSON.stringify(lines[i])}`);
    } else if (current) {
      current.lines.push(lines[i]);
    }
  }
  flush();
  return out;
}
