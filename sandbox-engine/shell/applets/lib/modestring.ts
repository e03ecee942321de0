/**
 * `ls -l` style mode strings (`drwxr-sr-t`), as GNU filemode.c and busybox bb_mode_string print
 * them: type letter, then rwx triplets where setuid/setgid/sticky show as s/S and t/T.
 */
import type { FileKind, Stat } from '../../../vfs/types.ts';

const TYPE_LETTER: Record<FileKind, string> = { file: '-', dir: 'd', symlink: 'l', chardev: 'c', fifo: 'p', socket: 's' };

export function typeLetter(kind: FileKind): string {
  return TYPE_LETTER[kind];
}

function triplet(bits: number, special: boolean, lower: string): string {
  const r = bits & 4 ? 'r' : '-';
  const w = bits & 2 ? 'w' : '-';
  const x = bits & 1;
  const last = special ? (x ? lower : lower.toUpperCase()) : x ? 'x' : '-';
  return r + w + last;
}

/** The 10-character mode string of a file. */
export function modeString(st: Pick<Stat, 'kind' | 'mode'>): string {
  const m = st.mode;
  return (
    typeLetter(st.kind) +
    triplet(m >> 6, (m & 0o4000) !== 0, 's') +
    triplet(m >> 3, (m & 0o2000) !== 0, 's') +
    triplet(m, (m & 0o1000) !== 0, 't')
  );
}

/** stat's %F wording (GNU and busybox agree). */
export function fileTypeName(st: Pick<Stat, 'kind' | 'size'>): string {
  switch (st.kind) {
    case 'file':
      return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir':
      return 'directory';
    case 'symlink':
      return 'symbolic link';
    case 'chardev':
      return 'character special file';
    case 'fifo':
      return 'fifo';
    case 'socket':
      return 'socket';
  }
}
