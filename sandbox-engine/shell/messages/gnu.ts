/** bash 5.2's wording, recorded from `bash -c`, `bash FILE` and `bash -i` on Debian 12. */
import type { Location, Messages } from './types.ts';
import type { ShellSyntaxError, Incomplete } from '../syntax-error.ts';
import type { ExpansionError } from '../expand.ts';
import { strerror, type Errno } from '../../vfs/errors.ts';

/** `bash: ` (interactive), `bash: line 3: ` (-c), `environment: line 3: ` (-c, in a function), `FILE: line 3: `. */
function prefix(loc: Location): string {
  if (loc.mode === 'interactive') return `${loc.name}: `;
  if (loc.mode === 'command' && loc.inFunction) return `environment: line ${loc.line}: `;
  return `${loc.name}: line ${loc.line}: `;
}

/** Syntax errors name `-c` in -c mode: `bash: -c: line 1: `. */
function syntaxPrefix(loc: Location, line: number): string {
  if (loc.mode === 'interactive') return `${loc.name}: `;
  if (loc.mode === 'command') return `${loc.name}: -c: line ${line}: `;
  return `${loc.name}: line ${line}: `;
}

export const gnuMessages: Messages = {
  prefix,
  builtinPrefix: (loc, b) => `${prefix(loc)}${b}: `,
  appletPrefix: (loc) => prefix(loc),
  commandNotFound: (loc, name) => `${prefix(loc)}${name}: command not found\n`,
  execFailed(loc, _name, path, code) {
    if (code === 'badinterp') return `${prefix(loc)}${path}: cannot execute: required file not found\n`;
    if (code === 'ENOEXEC') return `${prefix(loc)}${path}: cannot execute binary file: Exec format error\n`;
    return `${prefix(loc)}${path}: ${strerror(code)}\n`;
  },
  syntaxError(loc, e: ShellSyntaxError) {
    const p = syntaxPrefix(loc, e.line);
    const echo = loc.mode === 'interactive' ? '' : `${p}\`${e.sourceLine}'\n`;
    const pr = e.problem;
    switch (pr.kind) {
      case 'token':
        return `${p}syntax error near unexpected token \`${pr.token}'\n${echo}`;
      case 'badsubst':
        return `${p}bad substitution\n`;
      case 'cond':
        return `${p}${pr.text}\n`;
      case 'badfor':
        return `${p}syntax error near unexpected token \`newline'\n${echo}`;
      case 'badfd':
        return `${p}ambiguous redirect\n`;
      case 'badfuncname':
        return `${p}\`${pr.name}': not a valid identifier\n`;
      case 'toodeep':
        return `${p}syntax error: nesting too deep (more than ${pr.limit} levels)\n`;
      case 'eof':
        return `${p}syntax error: unexpected end of file\n`;
    }
  },
  unexpectedEof(loc, e: Incomplete, eofLine) {
    const o = e.open;
    switch (o.kind) {
      case 'quote':
        return `${syntaxPrefix(loc, o.line)}unexpected EOF while looking for matching \`${o.quote}'\n`;
      case 'paren':
        return `${syntaxPrefix(loc, eofLine)}unexpected EOF while looking for matching \`)'\n`;
      case 'arith':
        return `${syntaxPrefix(loc, o.line)}unexpected EOF while looking for matching \`)'\n`;
      case 'brace':
        return `${syntaxPrefix(loc, o.line)}unexpected EOF while looking for matching \`}'\n`;
      default:
        return `${syntaxPrefix(loc, eofLine)}syntax error: unexpected end of file\n`;
    }
  },
  heredocWarning: (loc, line, startLine, delim) =>
    `${loc.mode === 'interactive' ? `${loc.name}: ` : `${loc.name}: line ${line}: `}warning: here-document at line ${startLine} delimited by end-of-file (wanted \`${delim}')\n`,
  expansionError(loc, e: ExpansionError) {
    const p = prefix(loc);
    switch (e.kind) {
      case 'unbound':
        return `${p}${e.subject}: unbound variable\n`;
      case 'nullorunset':
        if (e.detail !== undefined) return `${p}${e.subject}: ${e.detail}\n`;
        return `${p}${e.subject}: ${e.colon ? 'parameter null or not set' : 'parameter not set'}\n`;
      case 'badsubst':
        return `${p}${e.subject}: bad substitution\n`;
      case 'positionalassign':
        return `${p}$${e.subject}: cannot assign in this way\n`;
      case 'arith':
        return `${p}${e.arith ? e.arith.gnuText() : e.subject}\n`;
    }
  },
  readonlyVar: (loc, name) => `${prefix(loc)}${name}: readonly variable\n`,
  redirOpen: (loc, path, code) => `${prefix(loc)}${path}: ${strerror(code as Errno)}\n`,
  ambiguousRedirect: (loc, raw) => `${prefix(loc)}${raw}: ambiguous redirect\n`,
  badFd: (loc, fd) => `${prefix(loc)}${fd}: Bad file descriptor\n`,
  funcNest: (loc, fname, limit) => `${prefix(loc)}${fname}: maximum function nesting level exceeded (${limit})\n`,
  builtinError: (loc, b, msg) => `${prefix(loc)}${b}: ${msg}\n`,
};
