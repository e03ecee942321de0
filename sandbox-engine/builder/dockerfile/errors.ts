/**
 * Typed Dockerfile errors. BuildKit attaches source ranges to its errors (`parser.WithLocation`);
 * the message is what `docker build` prints after `failed to solve: `. Callers branch on `kind`,
 * never on the text (design.md, errors are typed kinds with data).
 */

export type DockerfileErrorKind =
  /** `the Dockerfile cannot be empty` (zero bytes; dockerfile2llb/convert.go). */
  | 'empty'
  /** `file with no instructions` (only blanks and comments). */
  | 'no-instructions'
  /** Directive errors: repeated directive, bad escape token. */
  | 'directive'
  /** Line-level syntax: JSON arrays of non-strings, ENV/LABEL pairs, heredocs, quoting. */
  | 'syntax'
  | 'unterminated-heredoc'
  | 'line-too-long'
  /** `unknown instruction: X` (with suggestion). */
  | 'unknown-instruction'
  /** Flag errors from BFlags: unknown, duplicate, missing value, bad boolean. */
  | 'flag'
  /** Argument count and value errors of typed instructions. */
  | 'instruction'
  /** `no build stage in current context`. */
  | 'no-stage'
  /** `dockerfile contains no stages to build` (only ARGs). */
  | 'no-stages';

export interface DockerfileError {
  readonly kind: DockerfileErrorKind;
  /** Full text as BuildKit reports it (including `dockerfile parse error on line N: ` if it adds one). */
  readonly message: string;
  /** The text without BuildKit's line prefix. */
  readonly detail: string;
  /** 1-based source lines the error points at (0 when BuildKit gives none). */
  readonly startLine: number;
  readonly endLine: number;
}

/** Internal carrier so deep helpers can bail out; public entry points turn it into a value. */
export class DockerfileSyntaxError extends Error {
  readonly kind: DockerfileErrorKind;
  constructor(kind: DockerfileErrorKind, message: string) {
    super(message);
    this.name = 'DockerfileSyntaxError';
    this.kind = kind;
  }
}

export function makeError(kind: DockerfileErrorKind, detail: string, startLine: number, endLine = startLine, message = detail): DockerfileError {
  return { kind, message, detail, startLine, endLine: Math.max(startLine, endLine) };
}
