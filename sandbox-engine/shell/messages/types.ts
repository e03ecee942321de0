/**
 * Diagnostics differ between bash, busybox ash and dash in wording and in where the location goes
 * (`bash: line 1: cd: ...`, `sh: cd: line 0: ...`, `sh: 1: cd: ...`). The interpreter describes
 * what happened; a `Messages` implementation (gnu.ts, busybox.ts, dash.ts) words it. Each
 * function returns full lines.
 */
import type { ShellSyntaxError } from '../syntax-error.ts';
import type { Incomplete } from '../syntax-error.ts';
import type { ExpansionError } from '../expand.ts';
import type { Errno } from '../../vfs/errors.ts';

export type ShellMode = 'interactive' | 'command' | 'file';

/** Where the shell is: enough to build `bash: line 3: ` or `s.sh: cd: line 4: `. */
export interface Location {
  mode: ShellMode;
  /** $0: 'bash', 'sh', or the script's name. */
  name: string;
  /** 1-based line of the command being run. */
  line: number;
  /** Inside a shell function (bash -c names the location `environment` there). */
  inFunction: boolean;
  /**
   * dash names what it is running in its messages: `eval`, or the file `.` reads
   * (`sh: 1: eval: x: not found`). Unset elsewhere.
   */
  command?: string;
}

export interface Messages {
  /** Location prefix for the shell's own messages: `bash: line 1: `, `s.sh: line 4: `, `sh: `. */
  prefix(loc: Location): string;
  /** Prefix for a builtin's own messages (`bash: line 1: cd: ` / `sh: cd: line 0: `), name included. */
  builtinPrefix(loc: Location, builtin: string): string;
  /** messagePrefix for applets run as builtins (echo, printf, kill, pwd, test). */
  appletPrefix(loc: Location): string;
  commandNotFound(loc: Location, name: string): string;
  /** Running a path failed: ENOENT (127), EACCES, EISDIR, ENOEXEC (126). */
  execFailed(loc: Location, name: string, path: string, code: Errno | 'badinterp'): string;
  syntaxError(loc: Location, e: ShellSyntaxError): string;
  /** Input ended inside a construct (scripts only; the interactive session asks for more). */
  unexpectedEof(loc: Location, e: Incomplete, eofLine: number): string;
  heredocWarning(loc: Location, line: number, startLine: number, delimiter: string): string;
  expansionError(loc: Location, e: ExpansionError): string;
  readonlyVar(loc: Location, name: string): string;
  /** Redirection failures: `bash: line 1: /x: Permission denied` / `sh: can't create /x: ...`. */
  redirOpen(loc: Location, path: string, code: Errno, forWrite: boolean): string;
  ambiguousRedirect(loc: Location, raw: string, expanded: string): string;
  badFd(loc: Location, fd: string): string;
  funcNest(loc: Location, fname: string, limit: number): string;
  /** A builtin's diagnostic: `cd: /x: No such file or directory`. */
  builtinError(loc: Location, builtin: string, msg: string): string;
}
