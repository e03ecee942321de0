/**
 * File-system errors as errno kinds. Code never matches on message text: it switches on `code`.
 * The text a user sees is produced in one place, `strerror`, with glibc's wording (busybox uses the
 * same libc strings, so both shell flavours share it).
 */
export type Errno =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ELOOP'
  | 'EINVAL'
  | 'EXDEV'
  | 'EBUSY'
  | 'ENAMETOOLONG'
  | 'ENOSPC'
  | 'EBADF'
  | 'EPIPE'
  | 'ENOEXEC'
  | 'ENXIO'
  | 'ETXTBSY';

const TEXT: Record<Errno, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ENAMETOOLONG: 'File name too long',
  ENOSPC: 'No space left on device',
  EBADF: 'Bad file descriptor',
  EPIPE: 'Broken pipe',
  ENOEXEC: 'Exec format error',
  ENXIO: 'No such device or address',
  ETXTBSY: 'Text file busy',
};

export function strerror(code: Errno): string {
  return TEXT[code];
}

export class FsError extends Error {
  readonly code: Errno;
  readonly syscall: string;
  readonly path: string;
  constructor(code: Errno, syscall: string, path: string) {
    // File-system errors are control flow (does it exist? is it a directory?), thrown by the
    // thousand per `docker run`: capturing a stack for each was a fifth of the run's time.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${code}: ${syscall} '${path}'`);
    Error.stackTraceLimit = limit;
    this.name = 'FsError';
    this.code = code;
    this.syscall = syscall;
    this.path = path;
  }
}

export function isFsError(e: unknown, code?: Errno): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}
