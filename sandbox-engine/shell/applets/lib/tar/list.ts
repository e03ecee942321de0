/**
 * The lines `tar -tv` prints for a member, recorded from GNU tar 1.34 and busybox 1.35 (TZ=UTC):
 *   GNU:     drwxr-xr-x root/root         0 2024-01-02 03:04 d/
 *            hrw-r--r-- root/root         0 2024-01-02 03:04 d/a link to d/hard
 *            crw-rw-rw- 0/0             1,3 1970-01-01 00:00 dev/null
 *   busybox: -rw-r--r-- 1000/1000         2 2024-01-02 03:04:05 d/a
 *            -rw-r--r-- root/root         0 2024-01-02 03:04:05 d/a -> d/hard
 * GNU right-aligns the size so that "user/group size" fills at least 19 columns, and widens that
 * for the rest of the run when a line needs more; an empty user name shows the number. GNU
 * escapes unprintable characters in names (\n, \\, \ooo); busybox prints them as they are.
 */
import type { TarHeader } from '../../../../archive/tar.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

function perms(mode: number): string {
  const t = (bits: number, special: boolean, ch: string) =>
    (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (special ? (bits & 1 ? ch : ch.toUpperCase()) : bits & 1 ? 'x' : '-');
  return t(mode >> 6, (mode & 0o4000) !== 0, 's') + t(mode >> 3, (mode & 0o2000) !== 0, 's') + t(mode, (mode & 0o1000) !== 0, 't');
}

const LETTER: Record<TarHeader['type'], string> = { file: '-', hardlink: 'h', symlink: 'l', chardev: 'c', blockdev: 'b', dir: 'd', fifo: 'p' };

/** GNU tar's default quoting of names (quotearg's escape style). */
export function gnuQuote(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return out;
}

function date(mtime: number, seconds: boolean): string {
  const d = new Date(mtime * 1000);
  const base = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return seconds ? `${base}:${pad2(d.getUTCSeconds())}` : base;
}

/** GNU's listing state: the owner/size column only grows. */
export class GnuLister {
  private ugswidth = 19;
  private readonly numeric: boolean;
  constructor(numeric: boolean) {
    this.numeric = numeric;
  }

  line(h: TarHeader): string {
    const user = !this.numeric && h.uname !== '' ? h.uname : String(h.uid);
    const group = !this.numeric && h.gname !== '' ? h.gname : String(h.gid);
    const size = h.type === 'chardev' || h.type === 'blockdev' ? `${h.devmajor},${h.devminor}` : String(h.type === 'file' ? h.size : 0);
    const pad = user.length + 1 + group.length + 1 + size.length;
    if (pad > this.ugswidth) this.ugswidth = pad;
    const sized = size.padStart(this.ugswidth - pad + size.length, ' ');
    let line = `${LETTER[h.type]}${perms(h.mode)} ${user}/${group} ${sized} ${date(h.mtime, false)} ${gnuQuote(h.name)}`;
    if (h.type === 'symlink') line += ` -> ${gnuQuote(h.linkname)}`;
    else if (h.type === 'hardlink') line += ` link to ${gnuQuote(h.linkname)}`;
    return `${line}\n`;
  }
}

export function busyboxLine(h: TarHeader, numeric: boolean): string {
  const user = !numeric && h.uname !== '' ? h.uname : String(h.uid);
  const group = !numeric && h.gname !== '' ? h.gname : String(h.gid);
  const letter = h.type === 'hardlink' ? '-' : LETTER[h.type];
  const size = String(h.type === 'file' ? h.size : 0).padStart(9, ' ');
  let line = `${letter}${perms(h.mode)} ${user}/${group} ${size} ${date(h.mtime, true)} ${h.name}`;
  if (h.type === 'symlink' || h.type === 'hardlink') line += ` -> ${h.linkname}`;
  return `${line}\n`;
}
