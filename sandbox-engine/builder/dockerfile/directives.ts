/**
 * Parser directives (`# syntax=…`, `# escape=…`, `# check=…`), after BuildKit's
 * parser/directives.go. They are recognised only in the run of directive lines at the very top:
 * the first line that is not a known directive (an empty line, a plain comment, an instruction,
 * an unknown key) ends the run, and later lines that look like directives are plain comments.
 */
import { DockerfileSyntaxError } from './errors.ts';

export interface Directive {
  /** Lowercased key: `syntax`, `escape` or `check`. */
  readonly name: string;
  readonly value: string;
  /** 1-based line. */
  readonly line: number;
}

const VALID = new Set(['syntax', 'escape', 'check']);

const GO_SPACE = '\t\n\f\r ';

/**
 * BuildKit's `^<prefix>\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` (\s is Go's ASCII class),
 * written without the lazy group: a JavaScript backtracking engine would take quadratic time on
 * long runs of spaces, where Go's RE2 is linear.
 */
function matchDirective(keyRe: RegExp, line: string): [string, string] | null {
  const m = keyRe.exec(line);
  if (m === null) return null;
  let start = m[0].length;
  let end = line.length;
  while (start < end && GO_SPACE.includes(line[start])) start++;
  while (end > start && GO_SPACE.includes(line[end - 1])) end--;
  const value = line.slice(start, end);
  if (value === '' || value.includes('\n')) return null;
  return [m[1], value];
}

function keyRegex(prefix: string): RegExp {
  return new RegExp(`^${prefix}[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=`);
}

export class DirectiveParser {
  private line: number;
  private readonly keyRe: RegExp;
  private readonly seen = new Set<string>();
  private done = false;

  constructor(prefix = '#', line = 0) {
    this.keyRe = keyRegex(prefix === '//' ? '\\/\\/' : prefix);
    this.line = line;
  }

  /** Feed the next line; returns a directive, null, or throws on a repeated directive. */
  parseLine(text: string): Directive | null {
    this.line++;
    if (this.done) return null;
    const m = matchDirective(this.keyRe, text);
    if (m === null) {
      this.done = true;
      return null;
    }
    const name = m[0].toLowerCase();
    if (!VALID.has(name)) {
      this.done = true;
      return null;
    }
    if (this.seen.has(name)) throw new DockerfileSyntaxError('directive', `only one ${name} parser directive can be used`);
    this.seen.add(name);
    return { name, value: m[1], line: this.line };
  }

  isDone(): boolean {
    return this.done;
  }
}

function stripBOM(s: string): string {
  return s.startsWith('\ufeff') ? s.slice(1) : s;
}

function parseAll(src: string, parser: DirectiveParser): Directive[] {
  const out: Directive[] = [];
  for (const line of src.split(/\r?\n/)) {
    if (parser.isDone()) break;
    try {
      const d = parser.parseLine(line);
      if (d !== null) out.push(d);
    } catch {
      break;
    }
  }
  return out;
}

export interface SyntaxDirective {
  /** The image reference (first word of the value). */
  readonly ref: string;
  /** The whole value (`ref` plus options). */
  readonly cmdline: string;
  readonly line: number;
}

/**
 * BuildKit's DetectSyntax: `# syntax=` first, then `// syntax=`, then a JSON document
 * `{"syntax": "…"}`; a `#!` first line is skipped.
 */
export function detectSyntax(src: string): SyntaxDirective | null {
  return findDirective('syntax', src, true);
}

/** BuildKit's ParseDirective(key): only the `#` form. */
export function findDirective(key: string, src: string, anyFormat = false): SyntaxDirective | null {
  let dt = stripBOM(src);
  let line = 0;
  const nl = dt.indexOf('\n');
  const first = nl < 0 ? dt : dt.slice(0, nl);
  if (first.startsWith('#!')) {
    dt = nl < 0 ? '' : dt.slice(nl + 1);
    line = 1;
  }
  const pick = (ds: Directive[]): SyntaxDirective | null => {
    const d = ds.find((x) => x.name === key);
    if (d === undefined) return null;
    const sp = d.value.indexOf(' ');
    return { ref: sp < 0 ? d.value : d.value.slice(0, sp), cmdline: d.value, line: d.line };
  };
  const hash = pick(parseAll(dt, new DirectiveParser('#', line)));
  if (hash !== null || !anyFormat) return hash;
  const slashes = pick(parseAll(dt, new DirectiveParser('//', line)));
  if (slashes !== null) return slashes;
  try {
    const doc: unknown = JSON.parse(dt);
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
      const v = (doc as Record<string, unknown>)[key];
      if (typeof v === 'string') return { ref: v, cmdline: v, line };
    }
  } catch {
    // not JSON: no directive
  }
  return null;
}
