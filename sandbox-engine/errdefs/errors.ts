/**
 * Typed daemon errors, as moby's errdefs: code decides by kind, never by message. The text is the
 * daemon's own; the CLI adds `Error response from daemon: ` (cli/errors.ts) and picks the exit
 * status. The HTTP status each kind maps to in the real API is noted for reference.
 */
export type ErrorKind =
  | 'NotFound' // 404
  | 'Conflict' // 409
  | 'InvalidParameter' // 400
  | 'Forbidden' // 403
  | 'Unauthorized' // 401
  | 'Unavailable' // 503
  | 'NotImplemented' // 501
  | 'NotModified' // 304
  | 'Cancelled'
  | 'System'; // 500

export class DaemonError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = 'DaemonError';
    this.kind = kind;
  }
}

export const notFound = (msg: string) => new DaemonError('NotFound', msg);
export const conflict = (msg: string) => new DaemonError('Conflict', msg);
export const invalidParameter = (msg: string) => new DaemonError('InvalidParameter', msg);
export const forbidden = (msg: string) => new DaemonError('Forbidden', msg);
export const unavailable = (msg: string) => new DaemonError('Unavailable', msg);
export const notModified = (msg: string) => new DaemonError('NotModified', msg);
export const system = (msg: string) => new DaemonError('System', msg);

export function isDaemonError(e: unknown, kind?: ErrorKind): e is DaemonError {
  return e instanceof DaemonError && (kind === undefined || e.kind === kind);
}
