/**
 * dash 0.5.12's wording (Debian 12's /bin/sh), recorded from `dash -c`, `dash FILE` and `dash -i`.
 * Every message is `$0: LINE: [COMMAND: ]text`: the line number always, even interactively (lines
 * read so far), and the command being run when there is one: a builtin's name, `eval`, or the file
 * `.` is reading. Errors that are not a file's absence use strerror's text; ENOENT reads
 * `not found` for programs, `No such file` for input and `Directory nonexistent` for output.
 */
import type { Location, Messages } from './types.ts';
import type { ShellSyntaxError, Incomplete } from '../syntax-error.ts';
import type { ExpansionError } from '../expand.ts';
import { strerror, type Errno } from '../../vfs/errors.ts';

function prefix(loc: Location): string {
  return `${loc.name}: ${loc.line}: ${loc.command !== undefined ? `${loc.command}: ` : ''}`;
}

/** A token as dash's parser names it: `word`, `newline`, `end of file` or the text in quotes. */
function tokenName(token: string, word: boolean): string {
  if (token === 'newline') return 'newline';
  if (word) return 'word';
  return `"${token}"`;
}

function expecting(what: string | undefined): string {
  if (what === undefined) return '';
  return ` (expecting ${what === 'word' ? 'word' : `"${what}"`})`;
}

/** errmsg(): what dash says for ENOENT/ENOTDIR depends on what it was doing. */
function openText(code: Errno, forWrite: boolean): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return forWrite ? 'Directory nonexistent' : 'No such file';
  return strerror(code);
}

export const dashMessages: Messages = {
  prefix,
  builtinPrefix: (loc, b) => `${loc.name}: ${loc.line}: ${b}: `,
  appletPrefix: (loc) => `${loc.name}: ${loc.line}: `,
  commandNotFound: (loc, name) => `${prefix(loc)}${name}: not found\n`,
  execFailed(loc, name, _path, code) {
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'badinterp') return `${prefix(loc)}${name}: not found\n`;
    // execve of a directory fails with EACCES.
    if (code === 'EISDIR') return `${prefix(loc)}${name}: ${strerror('EACCES')}\n`;
    return `${prefix(loc)}${name}: ${strerror(code)}\n`;
  },
  syntaxError(loc, e: ShellSyntaxError) {
    const p = `${prefix(loc)}Syntax error: `;
    const pr = e.problem;
    switch (pr.kind) {
      case 'token':
        if (pr.redirection) return `${p}redirection unexpected\n`;
        return `${p}${tokenName(pr.token, pr.word)} unexpected${expecting(pr.expecting)}\n`;
      case 'badsubst':
        return `${prefix(loc)}Bad substitution\n`;
      case 'badfor':
        return `${p}Bad for loop variable\n`;
      case 'badfuncname':
        return `${p}Bad function name\n`;
      case 'badfd':
        return `${p}Bad fd number\n`;
      case 'cond':
        return `${p}${pr.text}\n`;
      case 'toodeep':
        return `${p}nesting too deep (more than ${pr.limit} levels)\n`;
      case 'eof':
        return `${p}end of file unexpected\n`;
    }
  },
  unexpectedEof(loc, e: Incomplete) {
    const o = e.open;
    const p = `${prefix(loc)}Syntax error: `;
    switch (o.kind) {
      case 'quote':
        return o.quote === '`' ? `${p}EOF in backquote substitution\n` : `${p}Unterminated quoted string\n`;
      case 'paren':
        return `${p}end of file unexpected (expecting ")")\n`;
      case 'arith':
        return `${p}Missing '))'\n`;
      case 'brace':
        return `${p}Missing '}'\n`;
      case 'eof':
        return `${p}end of file unexpected${expecting(o.expecting)}\n`;
      default:
        return `${p}end of file unexpected\n`;
    }
  },
  // dash ends a here-document at end of file without a word.
  heredocWarning: () => '',
  expansionError(loc, e: ExpansionError) {
    const p = prefix(loc);
    switch (e.kind) {
      case 'unbound':
        return `${p}${e.subject}: parameter not set\n`;
      case 'nullorunset':
        if (e.detail !== undefined) return `${p}${e.subject}: ${e.detail}\n`;
        return `${p}${e.subject}: ${e.colon ? 'parameter not set or null' : 'parameter not set'}\n`;
      case 'badsubst':
        return `${p}Bad substitution\n`;
      case 'positionalassign':
        return `${p}${e.subject}: bad variable name\n`;
      case 'arith':
        return `${p}${e.detail ?? (e.arith ? `arithmetic expression: ${e.arith.message}: "${e.subject}"` : e.subject)}\n`;
    }
  },
  readonlyVar: (loc, name) => `${prefix(loc)}${name}: is read only\n`,
  redirOpen(loc, path, code, forWrite) {
    return `${prefix(loc)}cannot ${forWrite ? 'create' : 'open'} ${path}: ${openText(code, forWrite)}\n`;
  },
  // dash does not split a redirection word, so it is never ambiguous.
  ambiguousRedirect: (loc, _raw, expanded) => `${prefix(loc)}cannot create ${expanded}: Directory nonexistent\n`,
  badFd: (loc, fd) => `${prefix(loc)}${fd}: Bad file descriptor\n`,
  funcNest: (loc, fname, limit) => `${prefix(loc)}${fname}: maximum function nesting level exceeded (${limit})\n`,
  builtinError: (loc, b, msg) => `${loc.name}: ${loc.line}: ${b}: ${msg}\n`,
};
