/**
 * The low-level Dockerfile AST, shaped like BuildKit's `parser.Node`
 * (bk:frontend/dockerfile/parser/parser.go): one child of the root per instruction, each child a
 * linked list of values (`next`), ONBUILD holding its trigger as a nested node. `dump()` prints
 * it as BuildKit's `Node.Dump()` so parser cases can be written in BuildKit's `result` format.
 */
import { goQuote } from '../../cli/go/quote.ts';

export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF` for `<<'EOF'`). */
  readonly name: string;
  /** The `N` of `N<<EOF` (0 when absent). */
  readonly fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is not expanded. */
  readonly expand: boolean;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  readonly chomp: boolean;
  /** Body lines with their line endings, terminator excluded. */
  content: string;
}

export interface Node {
  value: string;
  next: Node | null;
  children: Node[];
  heredocs: Heredoc[];
  /** `json: true` for the exec (JSON array) form. */
  attributes: Record<string, boolean>;
  /** The instruction text after continuation joining (top nodes only). */
  original: string;
  /** Leading `--flag[=value]` words (top nodes only). */
  flags: string[];
  /** 1-based first and last physical line; the root spans all instructions. */
  startLine: number;
  endLine: number;
  /** Comments right above the instruction (BuildKit uses them for stage/ARG descriptions). */
  prevComment: string[];
}

export function newNode(value = '', next: Node | null = null): Node {
  return {
    value,
    next,
    children: [],
    heredocs: [],
    attributes: {},
    original: '',
    flags: [],
    startLine: 0,
    endLine: 0,
    prevComment: [],
  };
}

/** Go's `%q` of a `[]string`: `["a" "b"]`. */
function quoteList(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}

/** BuildKit's `Node.Dump()`: `(cmd ["--flag"] "arg" …)` per instruction, one per line. */
export function dump(node: Node): string {
  let str = node.value.toLowerCase();
  if (node.flags.length > 0) str += ' ' + quoteList(node.flags);
  for (const child of node.children) str += '(' + dump(child) + ')\n';
  for (let n = node.next; n !== null; n = n.next) {
    str += ' ' + (n.children.length > 0 ? dump(n) : goQuote(n.value));
  }
  return goTrimSpace(str);
}

/** Go's `unicode.IsSpace`. */
export function isGoSpace(ch: string): boolean {
  switch (ch) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case '\u0085': case '\u00a0':
      return true;
  }
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x1680) return false;
  return cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** `strings.TrimLeftFunc(s, unicode.IsSpace)` (JS trimStart also strips U+FEFF, Go does not). */
export function goTrimLeft(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s[i])) i++;
  return s.slice(i);
}

export function goTrimRight(s: string): string {
  let i = s.length;
  while (i > 0 && isGoSpace(s[i - 1])) i--;
  return s.slice(0, i);
}

/** `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  return goTrimRight(goTrimLeft(s));
}
