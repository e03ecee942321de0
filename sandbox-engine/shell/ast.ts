/**
 * The shell's syntax tree. The parser (parser.ts) builds it from source text; the expander
 * (expand.ts) turns `Word`s into fields; the interpreter (interpreter.ts) walks commands. Nothing
 * here does any work: plain data, so a parsed function body can be stored and run many times.
 */

/** One piece of a word, in source order. Quoting is kept because it decides splitting and globbing. */
export type WordPart =
  /** Unquoted text: subject to field splitting (no: only expansions are split) and globbing. */
  | { type: 'lit'; text: string }
  /** Quoted text (single quotes, `$'...'`, or a backslash-escaped character): taken literally. */
  | { type: 'quoted'; text: string }
  /** Double quotes: inner expansions are not split or globbed. */
  | { type: 'dq'; parts: WordPart[] }
  | ParamPart
  | { type: 'cmdsub'; body: Script; backquote: boolean }
  /** `$((...))`: the inner text is expanded like a double-quoted string, then evaluated. */
  | { type: 'arith'; expr: WordPart[]; text: string }
  /** `~` or `~user` at the start of a word (or after `=`/`:` in an assignment). */
  | { type: 'tilde'; user: string }
  /** `${...}` that cannot be parsed: an error when expanded, as bash reports it at run time. */
  | { type: 'badsubst'; text: string };

export type ParamOp =
  | ''
  | '-' | ':-' | '=' | ':=' | '?' | ':?' | '+' | ':+'
  | '#' | '##' | '%' | '%%'
  | 'len'
  | '/' | '//' | '/#' | '/%'
  | 'substr'
  | '^' | '^^' | ',' | ',,' | '~' | '~~';

export interface ParamPart {
  type: 'param';
  /** Variable name, digits for a positional parameter, or one of `@ * # ? - $ ! 0`. */
  name: string;
  op: ParamOp;
  /** Operand word for `:-`, `#` etc.; pattern for `/`. */
  arg?: WordPart[];
  /** Replacement for `/`, length for `substr` (offset is `arg`). */
  arg2?: WordPart[];
  /** `$x` rather than `${x}` (only matters for messages). */
  short?: boolean;
  /** bash arrays: `${a[expr]}` (the subscript, expanded then evaluated as arithmetic). */
  index?: WordPart[];
  /** `${a[@]}` / `${a[*]}`: every element. */
  all?: '@' | '*';
  /** `${!name}`: the variable whose name is name's value; with `all`, `${!a[@]}` lists the indices. */
  indirect?: boolean;
}

export interface Word {
  parts: WordPart[];
  /** Source text, for messages (`ambiguous redirect`) and `set -x`. */
  raw: string;
  /** True when a part (at any depth) is a command substitution: expansion must go asynchronous. */
  hasCmdSub: boolean;
}

export interface Assignment {
  name: string;
  value: Word;
  /** `NAME+=value` (bash): append to the current value. */
  append?: boolean;
  /** `NAME[expr]=value` (bash): the subscript text, evaluated as arithmetic. */
  index?: WordPart[];
  /** `NAME=(a b c)` (bash): the elements, expanded like command arguments. */
  array?: Word[];
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  /** Explicit descriptor (`2>`), or undefined for the operator's default. */
  fd?: number;
  op: RedirOp;
  /** File name, descriptor number (`>&2`), or `-` to close. For here-documents, the delimiter. */
  target: Word;
  /** Here-document body; filled in when the body lines are read. */
  heredoc?: HereDoc;
}

export interface HereDoc {
  /** Body parts: expanded like double-quoted text unless the delimiter was quoted. */
  body: WordPart[];
  quoted: boolean;
  hasCmdSub: boolean;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirs: Redirect[];
  line: number;
}

export interface Pipeline {
  type: 'pipeline';
  commands: Command[];
  negate: boolean;
  /** `|&` between stages: stderr goes down the pipe too, per stage index. */
  stderrToo: boolean[];
  /** `time pipeline` (bash): report the times on stderr afterwards. */
  timed?: boolean;
  line: number;
}

export interface AndOr {
  type: 'andor';
  first: Command;
  rest: { op: '&&' | '||'; cmd: Command }[];
  line: number;
}

export interface Subshell {
  type: 'subshell';
  body: Script;
  redirs: Redirect[];
  line: number;
}

export interface Group {
  type: 'group';
  body: Script;
  redirs: Redirect[];
  line: number;
}

export interface If {
  type: 'if';
  clauses: { cond: Script; body: Script }[];
  elseBody?: Script;
  redirs: Redirect[];
  line: number;
}

export interface For {
  type: 'for';
  name: string;
  /** Undefined for `for x; do` (iterates over "$@"). */
  items?: Word[];
  body: Script;
  redirs: Redirect[];
  line: number;
}

export interface Loop {
  type: 'while' | 'until';
  cond: Script;
  body: Script;
  redirs: Redirect[];
  line: number;
}

export interface CaseItem {
  patterns: Word[];
  body: Script;
  /** `;;` stop, `;&` fall through, `;;&` test the next patterns. */
  term: ';;' | ';&' | ';;&';
}

export interface Case {
  type: 'case';
  subject: Word;
  items: CaseItem[];
  redirs: Redirect[];
  line: number;
}

export interface FuncDef {
  type: 'funcdef';
  name: string;
  body: Command;
  line: number;
  /** Source text of the definition, for `type f`. */
  source: string;
}

/** `[[ expression ]]` (bash): words are not split or globbed; `==` matches a pattern. */
export interface Cond {
  type: 'cond';
  expr: CondExpr;
  redirs: Redirect[];
  line: number;
}

export type CondExpr =
  | { k: 'and' | 'or'; a: CondExpr; b: CondExpr }
  | { k: 'not'; a: CondExpr }
  | { k: 'unary'; op: string; arg: Word }
  | { k: 'binary'; op: string; left: Word; right: Word }
  | { k: 'word'; word: Word };

/** `(( expression ))` (bash): status 0 when the value is not zero. */
export interface ArithCommand {
  type: 'arith';
  expr: WordPart[];
  text: string;
  redirs: Redirect[];
  line: number;
}

/** `for (( init; cond; step ))` (bash). */
export interface ArithFor {
  type: 'cfor';
  init: WordPart[];
  cond: WordPart[];
  step: WordPart[];
  body: Script;
  redirs: Redirect[];
  line: number;
}

export type Command =
  | SimpleCommand
  | Cond
  | ArithCommand
  | ArithFor
  | Pipeline
  | AndOr
  | Subshell
  | Group
  | If
  | For
  | Loop
  | Case
  | FuncDef;

/** A command in a list with its terminator: `&` runs it in the background. */
export interface ListItem {
  cmd: Command;
  background: boolean;
}

/** A sequence of commands (`a; b & c`), the body of every compound command. */
export interface Script {
  type: 'script';
  items: ListItem[];
}
