/**
 * Parse failures as data. The lexer and parser throw these; the session turns `Incomplete` into a
 * continuation prompt (interactive) or an end-of-file error (scripts), and messages/*.ts turn a
 * `ShellSyntaxError` into bash's, busybox ash's or dash's wording.
 */

/** What was left open when the input ended. */
export type OpenConstruct =
  | { kind: 'quote'; quote: '"' | "'" | '`'; line: number }
  /** `$(` or `(`: bash reports it as a missing `)`. */
  | { kind: 'paren'; line: number }
  | { kind: 'arith'; line: number }
  | { kind: 'brace'; line: number }
  | { kind: 'heredoc'; delimiter: string; line: number }
  /** A compound command or operator waiting for more (`if` without `fi`, trailing `|`). */
  | { kind: 'eof'; expecting?: string };

export class Incomplete extends Error {
  readonly open: OpenConstruct;
  constructor(open: OpenConstruct) {
    super('incomplete input');
    this.name = 'Incomplete';
    this.open = open;
  }
}

export type SyntaxProblem =
  /** An unexpected token; `token` is its text (`newline` for a line end), `word` if it is a word. */
  | { kind: 'token'; token: string; word: boolean; expecting?: string; redirection?: boolean }
  /** busybox: `${x^^}` and other forms it does not know, found while parsing. */
  | { kind: 'badsubst' }
  | { kind: 'badfor' }
  /** bash's `[[ ]]` diagnostics (`conditional binary operator expected`). */
  | { kind: 'cond'; text: string }
  | { kind: 'toodeep'; limit: number }
  /** dash: a function name that is not a name, or names a special builtin (`break() {}`). */
  | { kind: 'badfuncname'; name: string }
  /** dash: `>&x` or `>&10` (it duplicates single-digit descriptors only). */
  | { kind: 'badfd' }
  | { kind: 'eof'; open: OpenConstruct };

export class ShellSyntaxError extends Error {
  readonly problem: SyntaxProblem;
  /** 1-based line of the offending token. */
  readonly line: number;
  /** The source line, which bash echoes after the message. */
  readonly sourceLine: string;
  constructor(problem: SyntaxProblem, line: number, sourceLine: string) {
    super('syntax error');
    this.name = 'ShellSyntaxError';
    this.problem = problem;
    this.line = line;
    this.sourceLine = sourceLine;
  }
}
