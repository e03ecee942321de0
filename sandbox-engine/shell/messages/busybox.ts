/**
 * busybox ash 1.35's wording, recorded from `busybox sh -c`, `busybox sh FILE` and `sh -i`.
 * ash prints `arg0: [command: ][line N: ]msg`: the command name for builtins, the line number
 * when not interactive. In -c mode its line numbers start at 0.
 */
import type { Location, Messages } from './types.ts';
import type { ShellSyntaxError, Incomplete } from '../syntax-error.ts';
import type { ExpansionError } from '../expand.ts';
import { strerror } from '../../vfs/errors.ts';

function lineNo(loc: Location): number {
  return loc.mode === 'command' ? loc.line - 1 : loc.line;
}

/**
 * `commandname` is the builtin's name, or at the top level the script's name in a script file and
 * nothing in -c or interactive mode (then no line number is printed either).
 */
function prefix(loc: Location, command?: string): string {
  const cmd = command ?? (loc.mode === 'file' ? loc.name : undefined);
  let p = `${loc.name}: `;
  if (cmd !== undefined) {
    if (cmd !== loc.name) p += `${cmd}: `;
    if (loc.mode !== 'interactive') p += `line ${lineNo(loc)}: `;
  }
  return p;
}

function syntaxPrefix(loc: Location, line: number): string {
  if (loc.mode === 'file') return `${loc.name}: line ${line}: syntax error: `;
  return `${loc.name}: syntax error: `;
}

function tokenText(token: string, word: boolean): string {
  if (token === 'newline') return 'newline';
  if (word) return 'word';
  return `"${token}"`;
}

export const busyboxMessages: Messages = {
  prefix: (loc) => prefix(loc),
  builtinPrefix: (loc, b) => prefix(loc, b),
  /** Applets built into ash print through bb_error_msg, whose program name is the shell's. */
  appletPrefix: () => 'sh: ',
  commandNotFound: (loc, name) => `${prefix(loc)}${name}: not found\n`,
  execFailed(loc, name, _path, code) {
    if (code === 'ENOENT' || code === 'badinterp') return `${prefix(loc)}${name}: not found\n`;
    if (code === 'EISDIR' || code === 'EACCES') return `${prefix(loc)}${name}: Permission denied\n`;
    return `${prefix(loc)}${name}: ${strerror(code)}\n`;
  },
  syntaxError(loc, e: ShellSyntaxError) {
    const p = syntaxPrefix(loc, e.line);
    const pr = e.problem;
    switch (pr.kind) {
      case 'badsubst':
        return `${p}bad substitution\n`;
      case 'token':
        if (pr.redirection) return `${p}unexpected redirection\n`;
        return `${p}unexpected ${tokenText(pr.token, pr.word)}${pr.expecting ? ` (expecting "${pr.expecting}")` : ''}\n`;
      case 'cond':
        return `${p}${pr.text}\n`;
      case 'badfor':
        return `${p}bad for loop variable\n`;
      case 'badfd':
        return `${p}bad fd number\n`;
      case 'badfuncname':
        return `${p}bad function name\n`;
      case 'toodeep':
        return `${p}nesting too deep (more than ${pr.limit} levels)\n`;
      case 'eof':
        return `${p}unexpected end of file\n`;
    }
  },
  unexpectedEof(loc, e: Incomplete, eofLine) {
    const o = e.open;
    const p = syntaxPrefix(loc, eofLine);
    switch (o.kind) {
      case 'quote':
        return o.quote === '`' ? `${p}EOF in backquote substitution\n` : `${p}unterminated quoted string\n`;
      case 'paren':
        return `${p}unexpected end of file (expecting ")")\n`;
      case 'arith':
        return `${p}missing '))'\n`;
      case 'brace':
        return `${p}missing '}'\n`;
      case 'eof':
        return `${p}unexpected end of file${o.expecting ? ` (expecting "${o.expecting}")` : ''}\n`;
      default:
        return `${p}unexpected end of file\n`;
    }
  },
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
        return `${loc.name}: syntax error: bad substitution\n`;
      case 'positionalassign':
        return `${p}$${e.subject}: cannot assign in this way\n`;
      case 'arith':
        return `${p}${e.arith ? e.arith.busyboxText() : 'arithmetic syntax error'}\n`;
    }
  },
  readonlyVar: (loc, name) => `${prefix(loc)}${name}: is read only\n`,
  redirOpen(loc, path, code, forWrite) {
    if (forWrite) return `${prefix(loc)}can't create ${path}: ${code === 'ENOENT' ? 'nonexistent directory' : strerror(code)}\n`;
    return `${prefix(loc)}can't open ${path}: ${code === 'ENOENT' ? 'no such file' : strerror(code)}\n`;
  },
  ambiguousRedirect: (loc, _raw, expanded) => `${prefix(loc)}can't create ${expanded}: nonexistent directory\n`,
  badFd: (loc, fd) => `${prefix(loc)}${fd}: Bad file descriptor\n`,
  funcNest: (loc, fname, limit) => `${prefix(loc)}${fname}: maximum function nesting level exceeded (${limit})\n`,
  builtinError: (loc, b, msg) => `${prefix(loc, b)}${msg}\n`,
};
