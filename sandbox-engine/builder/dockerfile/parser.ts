/**
 * The Dockerfile parser: text to the low-level AST, after BuildKit's parser/parser.go (v0.25.2,
 * the frontend built into Engine 28.5). It knows line continuation, comments, parser directives,
 * heredocs and the per-instruction argument shapes, but not what instructions mean: unknown
 * instructions parse fine and are rejected later by instructions.ts.
 *
 * Worked example:
 *   const out = parse('FROM alpine\nRUN echo \\\n  hi\n');
 *   out.ok && dump(out.result.ast)  // '(from "alpine")\n(run "echo   hi")'
 * parse() never throws: malformed input gives { ok: false, error } with a line number.
 */
import { goTrimLeft, goTrimSpace, newNode, type Node } from './ast.ts';
import { DirectiveParser, type Directive } from './directives.ts';
import { DockerfileSyntaxError, makeError, type DockerfileError } from './errors.ts';
import { heredocsFromLine } from './heredoc.ts';
import { IGNORE, LINE_PARSERS, type LineContext } from './line-parsers.ts';
import { splitCommand } from './split-command.ts';

export { dump } from './ast.ts';
export type { Node, Heredoc } from './ast.ts';

export interface ParseWarning {
  readonly short: string;
  readonly detail: string;
  readonly url: string;
  readonly line: number;
}

export interface ParseResult {
  readonly ast: Node;
  readonly warnings: ParseWarning[];
  /** `\` or the backtick chosen with `# escape=`. */
  readonly escapeToken: string;
  readonly directives: Directive[];
}

export type ParseOutcome = { ok: true; result: ParseResult } | { ok: false; error: DockerfileError };

/** bufio.MaxScanTokenSize: BuildKit reads lines with a bufio.Scanner of this size. */
const MAX_LINE = 64 * 1024;

const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);

class Directives {
  escapeToken = '\\';
  continuation = continuationRegex('\\');
  readonly parser = new DirectiveParser();
  readonly found: Directive[] = [];

  setEscapeToken(s: string): void {
    if (s !== '`' && s !== '\\') {
      throw new DockerfileSyntaxError('directive', `invalid escape token '${s}' does not match \` or \\`);
    }
    this.escapeToken = s;
    this.continuation = continuationRegex(s);
  }

  /** True when the line is a parser directive (which also applies `escape`). */
  possibleDirective(line: string): boolean {
    const d = this.parser.parseLine(line);
    if (d === null) return false;
    if (d.name === 'escape') this.setEscapeToken(d.value);
    this.found.push(d);
    return true;
  }
}

/** A trailing escape token (plus spaces/tabs) not itself escaped, or a line that is only one. */
function continuationRegex(e: string): RegExp {
  const q = '\\' + e;
  return new RegExp(`([^${q}])${q}[ \\t]*$|^${q}[ \\t]*$`);
}

function trimNewline(s: string): string {
  let i = s.length;
  while (i > 0 && (s[i - 1] === '\n' || s[i - 1] === '\r')) i--;
  return s.slice(0, i);
}

function isComment(line: string): boolean {
  return goTrimLeft(line).startsWith('#');
}

interface Lines {
  lines: string[];
  /** A line longer than the scanner buffer stopped the reading. */
  tooLong: boolean;
}

/** Lines with their endings kept (BuildKit's scanLines), stopping where bufio.Scanner would fail. */
function scanLines(src: string): Lines {
  const lines: string[] = [];
  const enc = new TextEncoder();
  let start = 0;
  while (start < src.length) {
    const nl = src.indexOf('\n', start);
    const end = nl < 0 ? src.length : nl + 1;
    const line = src.slice(start, end);
    const size = line.length * 3 <= MAX_LINE ? line.length : enc.encode(line).length;
    if (size > MAX_LINE || (nl < 0 && size >= MAX_LINE)) return { lines, tooLong: true };
    lines.push(line);
    start = end;
  }
  return { lines, tooLong: false };
}

function trimContinuation(line: string, d: Directives): [string, boolean] {
  if (d.continuation.test(line)) return [line.replace(d.continuation, '$1'), false];
  return [line, true];
}

/** Strip a comment line to nothing, check it for a directive, and trim as BuildKit does. */
function processLine(d: Directives, token: string, stripLeft: boolean): [string, boolean] {
  let t = trimNewline(token);
  if (stripLeft) t = goTrimLeft(t);
  const directive = d.possibleDirective(t);
  return [isComment(t) ? '' : t, directive];
}

function nodeFromLine(line: string, d: Directives, comments: string[]): Node {
  const { cmd, flags, args } = splitCommand(line, d.escapeToken);
  const parser = LINE_PARSERS.get(cmd.toLowerCase()) ?? IGNORE;
  const ctx: LineContext = { escapeToken: d.escapeToken, parseSub: (rest) => nodeFromLine(rest, d, []) };
  const { next, attributes } = parser(args, ctx);
  const node = newNode(cmd, next);
  node.original = line;
  node.flags = flags;
  node.attributes = attributes;
  node.prevComment = comments;
  return node;
}

function canContainHeredoc(node: Node): boolean {
  let n = node;
  if (n.value.toLowerCase() === 'onbuild' && n.next !== null && n.next.children.length > 0) n = n.next.children[0];
  return HEREDOC_INSTRUCTIONS.has(n.value.toLowerCase()) && !n.attributes.json;
}

class Located extends Error {
  readonly inner: DockerfileSyntaxError;
  readonly start: number;
  readonly end: number;
  constructor(inner: DockerfileSyntaxError, start: number, end: number) {
    super(inner.message);
    this.inner = inner;
    this.start = start;
    this.end = end;
  }
}

function locate<T>(start: number, end: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DockerfileSyntaxError) throw new Located(e, start, end);
    throw e;
  }
}

/** Parse a Dockerfile. Never throws. */
export function parse(src: string): ParseOutcome {
  try {
    return { ok: true, result: parseOrThrow(src) };
  } catch (e) {
    if (e instanceof Located) return { ok: false, error: makeError(e.inner.kind, e.inner.message, e.start, e.end) };
    throw e;
  }
}

function parseOrThrow(src: string): ParseResult {
  const d = new Directives();
  const { lines, tooLong } = scanLines(src);
  const root = newNode();
  root.startLine = -1;
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  let currentLine = 0;
  let i = 0;

  while (i < lines.length) {
    let raw = lines[i++];
    if (currentLine === 0 && raw.startsWith('\ufeff')) raw = raw.slice(1);
    if (isComment(raw)) {
      // BuildKit drops the first character of the raw line, which is `#` only when unindented.
      const comment = goTrimSpace(raw.slice(1));
      if (comment === '') comments = [];
      else comments.push(comment);
    }
    // BuildKit reports directive errors one line early (0-based); we give the real line.
    const [first, directiveOk] = locate(currentLine + 1, currentLine + 1, () => processLine(d, raw, true));
    if (directiveOk) comments.pop();
    currentLine++;
    const startLine = currentLine;
    let [text, isEnd] = trimContinuation(first, d);
    if (isEnd && text.length === 0) continue;
    let buf = text;
    let hasEmptyContinuation = false;
    while (!isEnd && i < lines.length) {
      const rawNext = lines[i++];
      const [next] = locate(currentLine + 1, currentLine + 1, () => processLine(d, rawNext, false));
      currentLine++;
      if (isComment(rawNext)) continue;
      if (goTrimLeft(trimNewline(next)).length === 0) {
        hasEmptyContinuation = true;
        continue;
      }
      [text, isEnd] = trimContinuation(next, d);
      buf += text;
    }
    const line = buf;
    if (hasEmptyContinuation) {
      warnings.push({
        short: 'Empty continuation line found in: ' + line,
        detail: 'Empty continuation lines will become errors in a future release',
        url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
        line: currentLine,
      });
    }
    const child = locate(startLine, currentLine, () => nodeFromLine(line, d, comments));
    if (canContainHeredoc(child) && line.includes('<<')) {
      const heredocs = locate(startLine, currentLine, () => heredocsFromLine(line));
      for (const heredoc of heredocs) {
        let terminated = false;
        while (i < lines.length) {
          const body = lines[i++];
          currentLine++;
          let candidate = trimNewline(body);
          if (heredoc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === heredoc.name) {
            terminated = true;
            break;
          }
          heredoc.content += body;
        }
        if (!terminated) {
          throw new Located(new DockerfileSyntaxError('unterminated-heredoc', 'unterminated heredoc'), startLine, currentLine);
        }
        child.heredocs.push(heredoc);
      }
    }
    child.startLine = startLine;
    child.endLine = currentLine;
    if (root.startLine < 0) root.startLine = startLine;
    root.endLine = currentLine;
    root.children.push(child);
    comments = [];
  }

  if (root.startLine < 0) {
    throw new Located(new DockerfileSyntaxError('no-instructions', 'file with no instructions'), currentLine, currentLine);
  }
  if (tooLong) {
    const err = new DockerfileSyntaxError('line-too-long', `dockerfile line greater than max allowed size of ${MAX_LINE - 1}`);
    throw new Located(err, currentLine, currentLine);
  }
  return { ast: root, warnings, escapeToken: d.escapeToken, directives: d.found };
}
