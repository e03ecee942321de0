/**
 * The editor's save, as the student's shell would do it. A save must be in the command log, or a
 * reload, an undo or the grading CLI (which replay the log) would build from a file that was never
 * written; so it is recorded as a shell command that writes exactly the saved text:
 *
 *   command printf %s 'FROM alpine:3.20
 *   RUN echo hi > /hi' >| '/home/student/Dockerfile'
 *
 * (one log entry per line; single quotes keep every character but `'`, which is written '\'';
 * `command` skips a function the student may have named printf, `>|` a `set -o noclobber`).
 * Before logging, the save is checked as open(2) would check it, so a save that cannot succeed
 * is refused with the errno text and leaves no trace in the log.
 */
import type { FileSystem } from '../../../sandbox-engine/vfs/types.ts';
import { FsError, strerror, type Errno } from '../../../sandbox-engine/vfs/errors.ts';

export const STUDENT_HOME = '/home/student';

const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** The log lines that write `text` to the absolute path `abs`. */
export function saveCommandLines(abs: string, text: string): string[] {
  return `command printf %s ${quote(text)} >| ${quote(abs)}`.split('\n');
}

/**
 * Why opening `abs` for writing (O_WRONLY|O_CREAT|O_TRUNC) would fail for this user, as the errno
 * text; null when it would succeed. A missing directory is an error, as in any editor.
 */
export function saveProblem(fs: FileSystem, abs: string): string | null {
  const code = saveErrno(fs, abs);
  return code === null ? null : strerror(code);
}

function saveErrno(fs: FileSystem, abs: string): Errno | null {
  if (abs === '/' || abs.endsWith('/')) return 'EISDIR';
  const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
  try {
    if (fs.stat(dir).kind !== 'dir') return 'ENOTDIR';
    if (!fs.access(dir, 'x')) return 'EACCES';
    if (fs.exists(abs)) {
      if (fs.stat(abs).kind === 'dir') return 'EISDIR';
      return fs.access(abs, 'w') ? null : 'EACCES';
    }
    // A dangling symlink would be created through: its directory must take the new file.
    return fs.access(dir, 'w') ? null : 'EACCES';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

/** A file's text as the student reads it: null when it does not exist, else the errno text. */
export function readAsStudent(fs: FileSystem, abs: string): { text: string | null; error?: string } {
  try {
    return { text: fs.readText(abs) };
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code === 'ENOENT') return { text: null };
    return { text: null, error: strerror(e.code) };
  }
}
