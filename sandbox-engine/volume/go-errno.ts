/** Go's syscall.Errno texts (lower case) for the errno codes a path operation gives. */
const TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  EEXIST: 'file exists',
  ELOOP: 'too many levels of symbolic links',
  EPERM: 'operation not permitted',
};

export function goErrnoText(code: string): string {
  return TEXT[code] ?? code.toLowerCase();
}
