/**
 * Recursive-descent parser for the POSIX shell grammar (plus the bash bits students meet:
 * `function`, `((...))` is not supported, `|&`, `&>`). It parses one complete command at a time
 * (`parseNext`), as bash and ash do, so a script runs its first lines before a syntax error further
 * down is reported, and functions defined earlier exist when later lines run.
 *
 * Nesting is capped (`maxNesting`) so a line of ten thousand `(` is a syntax error, not a blown
 * JavaScript stack.
 */
import type {
  Assignment, CaseItem, Command, CondExpr, ListItem, Redirect, RedirOp, Script, SimpleCommand, Word, WordPart,
} from './ast.ts';
import { Lexer, isNameChar, isNameStart, tildePrefix, type Token, type HeredocWarning } from './lexer.ts';
import { Incomplete, ShellSyntaxError } from './syntax-error.ts';
import type { Flavour } from './process.ts';
import { defaultDialect, type Dialect } from './dialect.ts';

export interface ParseOptions {
  /** The grammar: bash's, ash's or dash's. Default: the flavour's own shell. */
  dialect?: Dialect;
  /** Older callers name the userland instead (gnu: bash, busybox: ash). */
  flavour?: Flavour;
  /** Scripts: a here-document missing its delimiter ends at end of file, with a warning. */
  heredocEofOk?: boolean;
  maxNesting?: number;
  /** Line number of the first line (backquote bodies inherit their position). */
  startLine?: number;
}

export const DEFAULT_MAX_NESTING = 200;

const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<']);
/** Reserved words that cannot start a command. */
const BAD_START = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);

function plainText(tok: Token): string | undefined {
  if (tok.kind !== 'word') return undefined;
  const p = tok.word.parts;
  if (p.length === 1 && p[0].type === 'lit') return p[0].text;
  return undefined;
}

export class Parser {
  readonly lexer: Lexer;
  private buf: Token | null = null;
  private depth = 0;
  private readonly dialect: Dialect;
  /** bash's extensions: `[[`, `((`, arrays, `function`, `time`. */
  private readonly bash: boolean;
  private readonly maxNesting: number;
  private readonly opts: ParseOptions;

  constructor(src: string, opts: ParseOptions = {}, depth = 0) {
    this.opts = opts;
    this.dialect = opts.dialect ?? defaultDialect(opts.flavour ?? 'gnu');
    this.bash = this.dialect === 'bash';
    this.maxNesting = opts.maxNesting ?? DEFAULT_MAX_NESTING;
    this.depth = depth;
    this.lexer = new Lexer(
      src,
      {
        parseCmdSub: () => this.parseCmdSub(),
        subLexer: (text, line) => new Parser(text, { ...this.opts, startLine: line, heredocEofOk: true }, this.depth + 1).lexer,
        parseText: (text, line) => {
          const sub = new Parser(text, { ...this.opts, startLine: line, heredocEofOk: true }, this.depth + 1);
          this.enter();
          try {
            return sub.parseAll();
          } finally {
            this.depth--;
          }
        },
      },
      opts.startLine ?? 1,
      this.dialect,
    );
    this.lexer.heredocEofOk = opts.heredocEofOk ?? false;
    if (depth > this.maxNesting) {
      throw new ShellSyntaxError({ kind: 'toodeep', limit: this.maxNesting }, opts.startLine ?? 1, '');
    }
  }

  get warnings(): HeredocWarning[] {
    return this.lexer.warnings;
  }

  /** Current 1-based line (after the last token read). */
  get line(): number {
    return this.lexer.line;
  }

  private peek(): Token {
    if (this.buf === null) this.buf = this.lexer.next();
    return this.buf;
  }

  private take(): Token {
    const t = this.peek();
    this.buf = null;
    return t;
  }

  private enter(): void {
    if (++this.depth > this.maxNesting) {
      throw new ShellSyntaxError({ kind: 'toodeep', limit: this.maxNesting }, this.lexer.line, this.lexer.sourceLine(this.lexer.line));
    }
  }

  private isWord(tok: Token, text: string): boolean {
    return plainText(tok) === text;
  }

  private unexpected(tok: Token, expecting?: string): never {
    if (tok.kind === 'eof') throw new Incomplete({ kind: 'eof', expecting });
    let text: string;
    let word = false;
    if (tok.kind === 'newline') text = 'newline';
    else if (tok.kind === 'op') text = tok.op;
    else if (tok.kind === 'io') text = String(tok.fd);
    else {
      text = tok.word.raw;
      word = plainText(tok) === undefined || !isReserved(text) || (text === 'function' && this.dialect === 'dash');
    }
    throw new ShellSyntaxError({ kind: 'token', token: text, word, expecting }, tok.line, this.lexer.sourceLine(tok.line));
  }

  /** Skip newlines; returns whether any were skipped. */
  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.take();
  }

  /** Whole input as one script (used for `eval`, backquotes, function bodies from text). */
  parseAll(): Script {
    const items: ListItem[] = [];
    for (;;) {
      const s = this.parseNext();
      if (s === null) break;
      items.push(...s.items);
    }
    return { type: 'script', items };
  }

  /**
   * The next complete command: everything up to a newline at the top level. Null at end of input.
   * Throws `Incomplete` when the input ends inside a construct, `ShellSyntaxError` on bad input.
   */
  parseNext(): Script | null {
    this.skipNewlines();
    const tok = this.peek();
    if (tok.kind === 'eof') return null;
    const items: ListItem[] = [];
    for (;;) {
      const cmd = this.parseAndOr();
      const sep = this.peek();
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
        this.take();
        items.push({ cmd, background: sep.op === '&' });
        const n = this.peek();
        if (n.kind === 'newline') {
          this.take();
          break;
        }
        if (n.kind === 'eof') break;
        continue;
      }
      items.push({ cmd, background: false });
      if (sep.kind === 'newline') {
        this.take();
        break;
      }
      if (sep.kind === 'eof') break;
      this.unexpected(sep);
    }
    return { type: 'script', items };
  }

  private parseAndOr(): Command {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; cmd: Command }[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.op !== '&&' && t.op !== '||')) break;
      this.take();
      this.skipNewlines();
      rest.push({ op: t.op, cmd: this.parsePipeline() });
    }
    if (rest.length === 0) return first;
    return { type: 'andor', first, rest, line: lineOf(first) };
  }

  private parsePipeline(): Command {
    let negate = false;
    let t = this.peek();
    const line = t.line;
    let timed = false;
    if (this.bash && this.isWord(t, 'time')) {
      this.take();
      timed = true;
      t = this.peek();
      if (this.isWord(t, '-p')) {
        this.take();
        t = this.peek();
      }
    }
    while (this.isWord(t, '!')) {
      if (negate && !this.bash) this.unexpected(t);
      this.take();
      negate = !negate;
      t = this.peek();
    }
    const commands: Command[] = [this.parseCommand()];
    const stderrToo: boolean[] = [];
    for (;;) {
      const p = this.peek();
      if (p.kind !== 'op' || (p.op !== '|' && p.op !== '|&')) break;
      this.take();
      stderrToo.push(p.op === '|&');
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    if (commands.length === 1 && !negate && !timed) return commands[0];
    return { type: 'pipeline', commands, negate, stderrToo, line, timed };
  }

  private parseCommand(): Command {
    const t = this.peek();
    if (t.kind === 'op') {
      if (t.op === '(' && this.bash && this.lexer.src[t.start + 1] === '(') {
        const a = this.tryArithCommand(t);
        if (a) return a;
      }
      if (t.op === '(') return this.withRedirs(this.parseSubshell());
      if (REDIR_OPS.has(t.op)) return this.parseSimple();
      this.unexpected(t);
    }
    if (t.kind === 'io') return this.parseSimple();
    if (t.kind !== 'word') this.unexpected(t);
    const w = plainText(t);
    if (w !== undefined) {
      switch (w) {
        case 'if':
          return this.withRedirs(this.parseIf());
        case 'while':
        case 'until':
          return this.withRedirs(this.parseLoop(w));
        case 'for':
          return this.withRedirs(this.parseFor());
        case 'case':
          return this.withRedirs(this.parseCase());
        case '{':
          return this.withRedirs(this.parseGroup());
        case 'function':
          // dash has no `function` keyword: it is a command name there.
          if (this.dialect === 'dash') break;
          return this.parseFunctionKeyword();
        case '[[':
          if (this.bash) return this.withRedirs(this.parseCond());
          break;
        default:
          if (BAD_START.has(w)) this.unexpected(t);
      }
    }
    return this.parseSimple();
  }

  private withRedirs<T extends Command & { redirs: Redirect[] }>(cmd: T): T {
    for (;;) {
      const t = this.peek();
      if (t.kind === 'io' || (t.kind === 'op' && REDIR_OPS.has(t.op))) cmd.redirs.push(this.parseRedirect());
      else break;
    }
    this.depth--;
    return cmd;
  }

  private parseSubshell(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const body = this.parseCompoundList([')'], false, ')');
    this.take();
    return { type: 'subshell', body, redirs: [], line: open.line };
  }

  private parseGroup(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const body = this.parseCompoundList(['}'], false, '}');
    this.take();
    return { type: 'group', body, redirs: [], line: open.line };
  }

  private parseIf(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const clauses: { cond: Script; body: Script }[] = [];
    let elseBody: Script | undefined;
    let cond = this.parseCompoundList(['then'], false, 'then');
    this.take();
    let body = this.parseCompoundList(['elif', 'else', 'fi'], false, 'fi');
    clauses.push({ cond, body });
    for (;;) {
      const t = this.take();
      const w = plainText(t);
      if (w === 'fi') break;
      if (w === 'elif') {
        cond = this.parseCompoundList(['then'], false, 'then');
        this.take();
        body = this.parseCompoundList(['elif', 'else', 'fi'], false, 'fi');
        clauses.push({ cond, body });
        continue;
      }
      // else
      elseBody = this.parseCompoundList(['fi'], false, 'fi');
      this.take();
      break;
    }
    return { type: 'if', clauses, elseBody, redirs: [], line: open.line };
  }

  private parseLoop(kind: 'while' | 'until'): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const cond = this.parseCompoundList(['do'], false, 'do');
    this.take();
    const body = this.parseCompoundList(['done'], false, 'done');
    this.take();
    return { type: kind, cond, body, redirs: [], line: open.line };
  }

  private parseFor(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const nameTok = this.peek();
    if (nameTok.kind === 'op' && nameTok.op === '(' && this.bash && this.lexer.src[nameTok.start + 1] === '(') {
      return this.parseArithFor(open.line, nameTok);
    }
    const name = plainText(nameTok);
    if (nameTok.kind !== 'word' || name === undefined) {
      if (!this.bash) throw this.badFor(nameTok);
      this.unexpected(nameTok);
    }
    if (!this.bash && !isValidName(name)) throw this.badFor(nameTok);
    this.take();
    let items: Word[] | undefined;
    this.skipNewlines();
    let t = this.peek();
    if (this.isWord(t, 'in')) {
      this.take();
      items = [];
      for (;;) {
        t = this.peek();
        if (t.kind === 'word') {
          this.take();
          items.push(withTilde(t.word));
          continue;
        }
        if (t.kind === 'op' && t.op === ';') {
          this.take();
          break;
        }
        if (t.kind === 'newline') {
          this.take();
          break;
        }
        // dash expects nothing in particular while reading the words.
        this.unexpected(t, this.dialect === 'dash' ? undefined : 'do');
      }
    } else if (t.kind === 'op' && t.op === ';') {
      this.take();
    }
    this.skipNewlines();
    t = this.peek();
    if (!this.isWord(t, 'do')) this.unexpected(t, 'do');
    this.take();
    const body = this.parseCompoundList(['done'], false, 'done');
    this.take();
    return { type: 'for', name, items, body, redirs: [], line: open.line };
  }

  /** `for (( init; cond; step ))` after `for`; `open` is the peeked first `(`. */
  private parseArithFor(line: number, open: Token): Command & { redirs: Redirect[] } {
    const from = open.start + 2;
    const end = this.lexer.scanArith(from);
    if (end === null) this.unexpected(open);
    this.take();
    const text = this.lexer.src.slice(from, end);
    const pieces = splitTopLevel(text, ';');
    if (pieces.length !== 3) {
      throw new ShellSyntaxError({ kind: 'token', token: '((', word: false }, line, this.lexer.sourceLine(line));
    }
    let at = from;
    const exprs: WordPart[][] = [];
    for (const piece of pieces) {
      exprs.push(this.lexer.arithParts(at, at + piece.length).parts);
      at += piece.length + 1;
    }
    this.lexer.pos = end + 2;
    let t = this.peek();
    if (t.kind === 'op' && t.op === ';') this.take();
    this.skipNewlines();
    t = this.peek();
    let body: Script;
    if (this.isWord(t, '{')) {
      this.take();
      body = this.parseCompoundList(['}'], false, '}');
      this.take();
    } else {
      if (!this.isWord(t, 'do')) this.unexpected(t, 'do');
      this.take();
      body = this.parseCompoundList(['done'], false, 'done');
      this.take();
    }
    return { type: 'cfor', init: exprs[0], cond: exprs[1], step: exprs[2], body, redirs: [], line };
  }

  /** `((expr))` at a command start; null when it is really `( (` (nested subshells). */
  private tryArithCommand(t: Token): Command | null {
    const from = t.start + 2;
    const end = this.lexer.scanArith(from);
    if (end === null) return null;
    this.take();
    const { parts, text } = this.lexer.arithParts(from, end);
    this.lexer.pos = end + 2;
    this.enter();
    return this.withRedirs({ type: 'arith', expr: parts, text, redirs: [], line: t.line });
  }

  /** `[[ expression ]]`. */
  private parseCond(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const expr = this.condOr();
    const close = this.take();
    if (plainText(close) !== ']]') this.condError(close, close.kind === 'eof' ? undefined : `syntax error in conditional expression: unexpected token \`${tokenText(close)}'`);
    return { type: 'cond', expr, redirs: [], line: open.line };
  }

  private condError(t: Token, text?: string): never {
    if (t.kind === 'eof') throw new Incomplete({ kind: 'eof', expecting: ']]' });
    throw new ShellSyntaxError({ kind: 'cond', text: text ?? `unexpected token \`${tokenText(t)}' in conditional command` }, t.line, this.lexer.sourceLine(t.line));
  }

  private condSkip(): Token {
    while (this.peek().kind === 'newline') this.take();
    return this.peek();
  }

  private condOr(): CondExpr {
    let a = this.condAnd();
    for (;;) {
      const t = this.condSkip();
      if (t.kind !== 'op' || t.op !== '||') return a;
      this.take();
      a = { k: 'or', a, b: this.condAnd() };
    }
  }

  private condAnd(): CondExpr {
    let a = this.condNot();
    for (;;) {
      const t = this.condSkip();
      if (t.kind !== 'op' || t.op !== '&&') return a;
      this.take();
      a = { k: 'and', a, b: this.condNot() };
    }
  }

  private condNot(): CondExpr {
    const t = this.condSkip();
    if (this.isWord(t, '!')) {
      this.take();
      return { k: 'not', a: this.condNot() };
    }
    return this.condPrimary();
  }

  private condPrimary(): CondExpr {
    const t = this.condSkip();
    if (t.kind === 'op' && t.op === '(') {
      this.take();
      const e = this.condOr();
      const c = this.condSkip();
      if (c.kind !== 'op' || c.op !== ')') this.condError(c, `expected \`)'`);
      this.take();
      return e;
    }
    if (t.kind !== 'word' || plainText(t) === ']]') this.condError(t);
    this.take();
    const text = plainText(t);
    const next = this.peek();
    if (text !== undefined && COND_UNARY.has(text) && next.kind === 'word' && plainText(next) !== ']]') {
      this.take();
      return { k: 'unary', op: text, arg: next.word };
    }
    const op = next.kind === 'op' && (next.op === '<' || next.op === '>') ? next.op : next.kind === 'word' ? plainText(next) : undefined;
    if (op !== undefined && COND_BINARY.has(op)) {
      this.take();
      if (op === '=~') {
        const right = this.lexer.readRegexWord();
        if (right === null) this.condError(this.peek(), `unexpected argument \`${tokenText(this.peek())}' to conditional binary operator`);
        return { k: 'binary', op, left: t.word, right };
      }
      const r = this.peek();
      if (r.kind !== 'word' || plainText(r) === ']]') {
        this.condError(r, r.kind === 'word' ? `unexpected argument \`]]' to conditional binary operator` : `unexpected token \`${tokenText(r)}', conditional binary operator expected`);
      }
      this.take();
      return { k: 'binary', op, left: t.word, right: withTilde(r.word) };
    }
    if (next.kind === 'word' && plainText(next) !== ']]') this.condError(next, 'conditional binary operator expected');
    return { k: 'word', word: t.word };
  }

  private badFor(tok: Token): ShellSyntaxError {
    return new ShellSyntaxError({ kind: 'badfor' }, tok.line, this.lexer.sourceLine(tok.line));
  }

  private parseCase(): Command & { redirs: Redirect[] } {
    const open = this.take();
    this.enter();
    const subj = this.take();
    if (subj.kind !== 'word') this.unexpected(subj);
    this.skipNewlines();
    let t = this.peek();
    if (!this.isWord(t, 'in')) this.unexpected(t, 'in');
    this.take();
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      t = this.peek();
      if (this.isWord(t, 'esac')) {
        this.take();
        break;
      }
      if (t.kind === 'op' && t.op === '(') {
        this.take();
        t = this.peek();
      }
      const patterns: Word[] = [];
      for (;;) {
        const p = this.take();
        if (p.kind !== 'word') this.unexpected(p, ')');
        patterns.push(p.word);
        const n = this.peek();
        if (n.kind === 'op' && n.op === '|') {
          this.take();
          continue;
        }
        if (n.kind === 'op' && n.op === ')') {
          this.take();
          break;
        }
        this.unexpected(n, ')');
      }
      const body = this.parseCompoundList(['esac'], true, this.dialect === 'dash' ? ';;' : 'esac', true);
      t = this.peek();
      let term: CaseItem['term'] = ';;';
      if (t.kind === 'op' && (t.op === ';;' || t.op === ';&' || t.op === ';;&')) {
        this.take();
        term = t.op;
      }
      items.push({ patterns, body, term });
    }
    return { type: 'case', subject: subj.word, items, redirs: [], line: open.line };
  }

  private parseFunctionKeyword(): Command {
    const kw = this.take();
    const nameTok = this.take();
    const name = plainText(nameTok);
    if (name === undefined) this.unexpected(nameTok);
    let t = this.peek();
    if (t.kind === 'op' && t.op === '(') {
      this.take();
      t = this.take();
      if (t.kind !== 'op' || t.op !== ')') this.unexpected(t);
    }
    return this.parseFuncBody(name, kw.line, kw.kind === 'word' ? kw.start : 0);
  }

  private parseFuncBody(name: string, line: number, start: number): Command {
    this.skipNewlines();
    const t = this.peek();
    const w = plainText(t);
    const compound = (t.kind === 'op' && t.op === '(') || w === '{' || w === 'if' || w === 'while' || w === 'until' || w === 'for' || w === 'case';
    if (!compound && this.bash) this.unexpected(t);
    const body = this.parseCommand();
    const end = this.buf ? this.buf.start : this.lexer.pos;
    const source = this.lexer.src.slice(start, end).trimEnd();
    return { type: 'funcdef', name, body, line, source };
  }

  /**
   * Commands up to one of `terms` (reserved words, or `)`), which is left unconsumed. An empty
   * list is a syntax error at the terminator unless `allowEmpty` (case items).
   */
  private parseCompoundList(terms: string[], allowEmpty: boolean, expecting: string, caseBody = false): Script {
    const items: ListItem[] = [];
    const isTerm = (t: Token): boolean => {
      if (t.kind === 'op') {
        if (t.op === ')' && terms.includes(')')) return true;
        if (caseBody && (t.op === ';;' || t.op === ';&' || t.op === ';;&')) return true;
        return false;
      }
      const w = plainText(t);
      return w !== undefined && terms.includes(w);
    };
    this.skipNewlines();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') throw new Incomplete({ kind: 'eof', expecting });
      if (isTerm(t)) {
        if (items.length === 0 && !allowEmpty) this.unexpected(t);
        break;
      }
      const cmd = this.parseAndOr();
      const sep = this.peek();
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
        this.take();
        items.push({ cmd, background: sep.op === '&' });
        this.skipNewlines();
        continue;
      }
      items.push({ cmd, background: false });
      if (sep.kind === 'newline') {
        this.skipNewlines();
        continue;
      }
      if (sep.kind === 'eof') throw new Incomplete({ kind: 'eof', expecting });
      if (!isTerm(sep)) this.unexpected(sep, expecting);
    }
    return { type: 'script', items };
  }

  /** `$(` was read; parse up to and including the matching `)`. */
  private parseCmdSub(): Script {
    const saved = this.buf;
    this.buf = null;
    this.enter();
    try {
      this.skipNewlines();
      let body: Script;
      const t = this.peek();
      if (t.kind === 'op' && t.op === ')') body = { type: 'script', items: [] };
      else body = this.parseCompoundList([')'], true, ')');
      const close = this.take();
      if (close.kind !== 'op' || close.op !== ')') this.unexpected(close);
      return body;
    } catch (e) {
      if (e instanceof Incomplete && e.open.kind === 'eof') throw new Incomplete({ kind: 'paren', line: this.lexer.line });
      throw e;
    } finally {
      this.depth--;
      this.buf = saved;
    }
  }

  private parseSimple(): Command {
    const first = this.peek();
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirs: [], line: first.line };
    for (;;) {
      const t = this.peek();
      if (t.kind === 'io' || (t.kind === 'op' && REDIR_OPS.has(t.op))) {
        cmd.redirs.push(this.parseRedirect());
        continue;
      }
      if (t.kind !== 'word') break;
      this.take();
      if (cmd.words.length === 0) {
        const a = asAssignment(t.word, !this.bash);
        if (a) {
          if (this.arrayFollows(t)) a.array = this.parseArrayList();
          cmd.assigns.push(a);
          continue;
        }
      }
      if (cmd.words.length > 0 && DECLARATION.has(cmd.words[0].raw) && this.arrayFollows(t)) {
        cmd.words.push(arrayArgument(t.word, this.parseArrayList()));
        continue;
      }
      cmd.words.push(cmd.words.length > 0 && this.tildeAssignments(cmd.words[0]) ? assignmentArgument(t.word) : withTilde(t.word));
      if (cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirs.length === 0) {
        const n = this.peek();
        if (n.kind === 'op' && n.op === '(') {
          const name = plainText(t);
          if (name === undefined) this.unexpected(n);
          this.take();
          const c = this.take();
          if (c.kind === 'eof' && this.bash) {
            // `echo (` at the end of a script: bash names the line end.
            throw new ShellSyntaxError({ kind: 'token', token: 'newline', word: false }, c.line, this.lexer.sourceLine(c.line));
          }
          if (c.kind !== 'op' || c.op !== ')') this.unexpected(c, ')');
          if (this.dialect === 'dash' && (!isValidName(name) || DASH_SPECIAL.has(name))) {
            throw new ShellSyntaxError({ kind: 'badfuncname', name }, c.line, this.lexer.sourceLine(c.line));
          }
          return this.parseFuncBody(name, t.line, t.start);
        }
      }
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) this.unexpected(this.peek());
    return cmd;
  }

  /**
   * Whether `NAME=~/x` arguments of this command get an assignment's tildes: any command's in
   * bash; in ash and dash only those of the builtins that assign (export, readonly, local, alias).
   */
  private tildeAssignments(first: Word): boolean {
    return this.bash || TILDE_BUILTINS.has(first.raw);
  }

  /** bash: `name=(` with the parenthesis right after the `=` starts an array list. */
  private arrayFollows(t: Token): boolean {
    if (!this.bash || t.kind !== 'word' || !t.word.raw.endsWith('=')) return false;
    const n = this.peek();
    return n.kind === 'op' && n.op === '(' && n.start === t.end;
  }

  /** The words of `( a b c )`, newlines allowed. */
  private parseArrayList(): Word[] {
    this.take();
    const words: Word[] = [];
    for (;;) {
      const t = this.take();
      if (t.kind === 'newline') continue;
      if (t.kind === 'op' && t.op === ')') return words;
      if (t.kind === 'word') {
        words.push(withTilde(t.word));
        continue;
      }
      if (t.kind === 'eof') throw new Incomplete({ kind: 'paren', line: t.line });
      this.unexpected(t);
    }
  }

  private parseRedirect(): Redirect {
    let fd: number | undefined;
    let t = this.take();
    if (t.kind === 'io') {
      fd = t.fd;
      t = this.take();
    }
    if (t.kind !== 'op') this.unexpected(t);
    const op = t.op as RedirOp;
    const target = this.take();
    if (target.kind === 'op' && REDIR_OPS.has(target.op)) {
      throw new ShellSyntaxError({ kind: 'token', token: target.op, word: false, redirection: true }, target.line, this.lexer.sourceLine(target.line));
    }
    if (target.kind !== 'word') {
      if (target.kind === 'eof') {
        if (!this.bash) throw new Incomplete({ kind: 'eof' });
        throw new ShellSyntaxError({ kind: 'token', token: 'newline', word: false }, target.line, this.lexer.sourceLine(target.line));
      }
      this.unexpected(target);
    }
    const redir: Redirect = { fd, op, target: target.word };
    if (op === '<<' || op === '<<-') {
      const { text, quoted } = heredocDelimiter(target.word.parts);
      this.lexer.pending.push({ redir, delimiter: text, strip: op === '<<-', quoted, line: target.line });
    } else {
      redir.target = withTilde(target.word);
    }
    return redir;
  }
}

/** Builtins of ash and dash whose `NAME=value` arguments expand tildes as assignments do. */
const TILDE_BUILTINS = new Set(['export', 'readonly', 'local', 'alias']);

/** A `NAME=value` argument with the tildes an assignment would expand (`export P=~/bin:~/x`). */
function assignmentArgument(word: Word): Word {
  const a = asAssignment(word, true);
  if (a === null || a.index !== undefined) return withTilde(word);
  return { ...word, parts: [{ type: 'lit', text: `${a.name}=` }, ...a.value.parts] };
}

/** dash's special builtins, which cannot name a function (`Syntax error: Bad function name`). */
const DASH_SPECIAL = new Set(['break', 'continue', '.', 'eval', 'exec', 'exit', 'export', 'readonly', 'local', 'return', 'set', 'shift', 'times', 'trap', ':', 'unset']);

const COND_UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-n', '-o', '-p', '-r', '-s', '-t', '-u', '-v', '-w', '-x', '-z', '-G', '-L', '-N', '-O', '-R', '-S']);
const COND_BINARY = new Set(['=', '==', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

function tokenText(t: Token): string {
  if (t.kind === 'word') return t.word.raw;
  if (t.kind === 'op') return t.op;
  if (t.kind === 'io') return String(t.fd);
  return 'newline';
}

/** Split on `sep` outside parentheses (for `for ((a; b; c))`). */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function isReserved(w: string): boolean {
  return ['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in', 'function'].includes(w);
}

export function isValidName(s: string): boolean {
  if (!isNameStart(s[0])) return false;
  for (let i = 1; i < s.length; i++) if (!isNameChar(s[i])) return false;
  return true;
}

function lineOf(c: Command): number {
  return c.line;
}

function heredocDelimiter(parts: WordPart[]): { text: string; quoted: boolean } {
  let text = '';
  let quoted = false;
  const walk = (ps: WordPart[]): void => {
    for (const p of ps) {
      if (p.type === 'lit') text += p.text;
      else if (p.type === 'quoted') {
        text += p.text;
        quoted = true;
      } else if (p.type === 'dq') {
        quoted = true;
        walk(p.parts);
      } else if (p.type === 'param') {
        text += '$' + (p.short ? p.name : `{${p.name}}`);
      } else if (p.type === 'cmdsub') {
        text += '$(...)';
      }
    }
  };
  walk(parts);
  return { text, quoted };
}

/** `NAME=value` (or `NAME+=value`) as the first part of a word. */
/** Builtins whose `name=(a b)` arguments are arrays (bash). */
const DECLARATION = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);

/** Array elements are kept apart in the argument by this character (split again by the builtin). */
export const ARRAY_SEPARATOR = '\x1f';

/** `local a=(x y)`: one argument `a=(x<US>y)` whose elements the builtin splits again. */
function arrayArgument(word: Word, items: Word[]): Word {
  const parts: WordPart[] = [...word.parts, { type: 'quoted', text: '(' }];
  items.forEach((w, i) => {
    if (i > 0) parts.push({ type: 'quoted', text: ARRAY_SEPARATOR });
    parts.push(...w.parts);
  });
  parts.push({ type: 'quoted', text: ')' });
  return { parts, raw: `${word.raw}(${items.map((w) => w.raw).join(' ')})`, hasCmdSub: word.hasCmdSub || items.some((w) => w.hasCmdSub) };
}

/** `name[subscript]=value` or `name[subscript]+=value` (bash). */
function asElementAssignment(word: Word): Assignment | null {
  const p0 = word.parts[0];
  if (!p0 || p0.type !== 'lit') return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[/.exec(p0.text);
  if (!m) return null;
  const seq: WordPart[] = [{ type: 'lit', text: p0.text.slice(m[0].length) }, ...word.parts.slice(1)];
  const index: WordPart[] = [];
  for (let i = 0; i < seq.length; i++) {
    const p = seq[i];
    if (p.type === 'lit') {
      const k = p.text.indexOf(']');
      if (k >= 0 && (p.text[k + 1] === '=' || p.text.startsWith('+=', k + 1))) {
        const append = p.text[k + 1] === '+';
        if (k > 0) index.push({ type: 'lit', text: p.text.slice(0, k) });
        const after = p.text.slice(k + (append ? 3 : 2));
        const parts: WordPart[] = after ? [{ type: 'lit', text: after }] : [];
        parts.push(...seq.slice(i + 1));
        const raw = word.raw.slice(word.raw.indexOf(']=') >= 0 ? word.raw.indexOf(']=') + 2 : word.raw.indexOf(']+=') + 3);
        const value: Word = { parts, raw, hasCmdSub: word.hasCmdSub };
        return append ? { name: m[1], value, index, append: true } : { name: m[1], value, index };
      }
    }
    index.push(p);
  }
  return null;
}

function asAssignment(word: Word, noAppend = false): Assignment | null {
  const p0 = word.parts[0];
  if (!p0 || p0.type !== 'lit') return null;
  if (!noAppend && /^[A-Za-z_][A-Za-z0-9_]*\[/.test(p0.text)) return asElementAssignment(word);
  const eq = p0.text.indexOf('=');
  if (eq <= 0) return null;
  let name = p0.text.slice(0, eq);
  let append = false;
  if (name.endsWith('+')) {
    if (noAppend) return null;
    append = true;
    name = name.slice(0, -1);
  }
  if (!isValidName(name)) return null;
  const rest = p0.text.slice(eq + 1);
  const parts: WordPart[] = [];
  if (rest !== '') parts.push({ type: 'lit', text: rest });
  parts.push(...word.parts.slice(1));
  const value: Word = { parts: assignmentTildes(parts), raw: word.raw.slice(word.raw.indexOf('=') + 1), hasCmdSub: word.hasCmdSub };
  return append ? { name, value, append: true } as Assignment : { name, value };
}

const USER_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$|^$/;

/** Tilde prefix at the start of a word: `~`, `~/x`, `~user/x` (only when unquoted). */
export function withTilde(word: Word): Word {
  const parts = tildePrefix(word.parts);
  return parts === word.parts ? word : { ...word, parts };
}

/** In an assignment value, `~` after `=` or `:` expands too (PATH=~/bin:~/x). */
function assignmentTildes(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  parts.forEach((p, i) => {
    if (p.type !== 'lit' || !p.text.includes('~')) {
      out.push(p);
      return;
    }
    const segs = p.text.split(':');
    segs.forEach((seg, j) => {
      if (j > 0) out.push({ type: 'lit', text: ':' });
      const atStart = j > 0 || i === 0;
      if (atStart && seg[0] === '~') {
        const slash = seg.indexOf('/');
        const user = slash < 0 ? seg.slice(1) : seg.slice(1, slash);
        const isLastSeg = j === segs.length - 1;
        const followedByQuoted = isLastSeg && slash < 0 && i < parts.length - 1;
        if (USER_RE.test(user) && !followedByQuoted) {
          out.push({ type: 'tilde', user });
          if (slash >= 0) out.push({ type: 'lit', text: seg.slice(slash) });
          return;
        }
      }
      if (seg) out.push({ type: 'lit', text: seg });
    });
  });
  return out;
}
