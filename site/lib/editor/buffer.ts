/**
 * One file's editing state, kept apart from monaco so it can be tested in Node: what the host holds,
 * what the editor shows, whether a save is in flight, and what the status line should say.
 *
 * Functions return a new value (buffers are immutable); the view applies `reload` results to the
 * editor model. Typical life:
 *   let b = created('build/Dockerfile');       // status 'reading'
 *   b = loaded(b, null);                        // no such file: empty buffer, status 'new'
 *   b = edited(b, 'FROM alpine\n');             // 'unsaved'
 *   b = saving(b);  b = saved(b);               // 'saving', then 'saved' (the file now exists)
 *   const r = hostRead(b, 'FROM alpine\nRUN x\n');  // the terminal appended a line
 *   r.reload === true; r.buffer.text === 'FROM alpine\nRUN x\n'
 */

export type BufferStatus = 'reading' | 'new' | 'saved' | 'unsaved' | 'saving' | 'error';

export interface FileBuffer {
  /** As given to the editor: relative to /home/student (or absolute). */
  readonly path: string;
  readonly loaded: boolean;
  /** The host's content this buffer is based on (null: the file does not exist). */
  readonly base: string | null;
  /** What the editor shows. */
  readonly text: string;
  /** The text being written, while a save is in flight. */
  readonly pending: string | null;
  /** The last failure (read or save), cleared by the next success or edit. */
  readonly error: string | null;
  /** The host's file changed while this buffer had unsaved edits (a save overwrites that change). */
  readonly conflict: boolean;
}

export function created(path: string): FileBuffer {
  return { path, loaded: false, base: null, text: '', pending: null, error: null, conflict: false };
}

/** The buffer differs from what the host held when it was read or last saved. */
export function isModified(b: FileBuffer): boolean {
  return b.loaded && b.text !== (b.base ?? '');
}

export function statusOf(b: FileBuffer): BufferStatus {
  if (b.pending !== null) return 'saving';
  if (b.error !== null) return 'error';
  if (!b.loaded) return 'reading';
  if (isModified(b)) return 'unsaved';
  return b.base === null ? 'new' : 'saved';
}

/** The first read came back (null: no such file, an empty buffer that saving creates). */
export function loaded(b: FileBuffer, host: string | null): FileBuffer {
  return { ...b, loaded: true, base: host, text: host ?? '', error: null, conflict: false };
}

export function readFailed(b: FileBuffer, error: string): FileBuffer {
  return { ...b, error };
}

export function edited(b: FileBuffer, text: string): FileBuffer {
  if (text === b.text) return b;
  // Editing back to the host's text also clears an earlier conflict: nothing would be overwritten.
  const clean = text === (b.base ?? '');
  return { ...b, text, error: null, conflict: clean ? false : b.conflict };
}

export function saving(b: FileBuffer): FileBuffer {
  return { ...b, pending: b.text, error: null };
}

/** The write succeeded: the host now holds what was sent (edits made meanwhile stay unsaved). */
export function saved(b: FileBuffer): FileBuffer {
  if (b.pending === null) return b;
  return { ...b, base: b.pending, pending: null, error: null, conflict: false };
}

export function saveFailed(b: FileBuffer, error: string): FileBuffer {
  return { ...b, pending: null, error };
}

export interface HostReadResult {
  buffer: FileBuffer;
  /** The editor must show `buffer.text` (the host changed and the buffer had no edits). */
  reload: boolean;
}

/**
 * A re-read after the terminal's state changed. An unmodified buffer follows the host (so
 * `echo x >> Dockerfile` shows up); a modified one keeps the student's edits and flags the
 * conflict. Reads that race with a save, or come before the first read, are ignored.
 */
export function hostRead(b: FileBuffer, host: string | null): HostReadResult {
  if (!b.loaded || b.pending !== null || host === b.base) return { buffer: b, reload: false };
  if (!isModified(b)) {
    return { buffer: { ...b, base: host, text: host ?? '', error: null, conflict: false }, reload: true };
  }
  // The host now holds exactly the edits: nothing to save any more.
  if (host === b.text) return { buffer: { ...b, base: host, conflict: false }, reload: false };
  return { buffer: { ...b, conflict: true }, reload: false };
}
