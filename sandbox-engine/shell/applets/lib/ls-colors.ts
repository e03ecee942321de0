/**
 * Colours of `ls --color`.
 *
 * GNU: the built-in table of coreutils ls.c (di=01;34, ln=01;36, ex=01;32 ...), overridden by
 * $LS_COLORS (the `dircolors` output Debian's ~/.bashrc exports), including `*.ext` entries. The first
 * coloured name is preceded by a reset (ESC[0m); each coloured name ends with ESC[0m. Without
 * LS_COLORS, colours are used only for a known $TERM (or when COLORTERM is set), as ls does.
 *
 * busybox (ls.c fgcolor/bold): every name is wrapped, ESC[<bold>;<colour>m name ESC[m, with a fixed
 * table by file type; on by default on a terminal (Alpine builds FEATURE_LS_COLOR_IS_DEFAULT).
 */
import type { Stat } from '../../../vfs/types.ts';

const GNU_DEFAULTS: Record<string, string> = {
  di: '01;34',
  ln: '01;36',
  pi: '33',
  so: '01;35',
  bd: '01;33',
  cd: '01;33',
  ex: '01;32',
  do: '01;35',
  su: '37;41',
  sg: '30;43',
  st: '37;44',
  ow: '34;42',
  tw: '30;42',
};

/** TERM patterns from dircolors' default database (the ones that matter in practice). */
const KNOWN_TERM = /^(Eterm|ansi|.*color.*|con\d+x\d+|cons25|console|cygwin|.*direct.*|dtterm|gnome|hurd|jfbterm|konsole|kterm|linux|linux-c|mlterm|putty|rxvt|screen|st|terminator|tmux|vt100|xterm|alacritty|foot|kitty)/;

export interface GnuColors {
  codes: Map<string, string>;
  ext: Map<string, string>;
}

/** null when colours stay off (no LS_COLORS and an unknown terminal). */
export function gnuColors(env: Record<string, string>): GnuColors | null {
  const ls = env.LS_COLORS;
  const codes = new Map(Object.entries(GNU_DEFAULTS));
  const ext = new Map<string, string>();
  if (ls === undefined || ls === '') {
    if (env.COLORTERM === undefined && !KNOWN_TERM.test(env.TERM ?? '')) return null;
    return { codes, ext };
  }
  for (const item of ls.split(':')) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    const key = item.slice(0, eq);
    const val = item.slice(eq + 1);
    if (key.startsWith('*')) ext.set(key.slice(1), val);
    else codes.set(key, val);
  }
  return { codes, ext };
}

/** The colour code of an entry; '' for none. `target` is the stat through a symlink (null: dangling). */
export function gnuColorOf(c: GnuColors, name: string, st: Stat | null, target: Stat | null | undefined): string {
  const get = (k: string): string => c.codes.get(k) ?? '';
  if (!st) return get('mi');
  switch (st.kind) {
    case 'dir': {
      const sticky = (st.mode & 0o1000) !== 0;
      const otherW = (st.mode & 0o002) !== 0;
      if (sticky && otherW && get('tw')) return get('tw');
      if (otherW && get('ow')) return get('ow');
      if (sticky && get('st')) return get('st');
      return get('di');
    }
    case 'symlink':
      if (target === null && get('or')) return get('or');
      return get('ln');
    case 'fifo':
      return get('pi');
    case 'socket':
      return get('so');
    case 'chardev':
      return get('cd');
    case 'file': {
      if (st.mode & 0o4000 && get('su')) return get('su');
      if (st.mode & 0o2000 && get('sg')) return get('sg');
      if (st.mode & 0o111 && get('ex')) return get('ex');
      for (const [suffix, code] of c.ext) if (name.endsWith(suffix)) return code;
      return get('fi');
    }
  }
}

/** busybox's `ESC[b;cm` for a mode; `null` stat is "unknown" (a dangling link target). */
export function busyboxColor(st: Pick<Stat, 'kind' | 'mode'> | null): string {
  if (!st) return '\x1b[1;31m';
  if (st.kind === 'file' && st.mode & 0o111) return '\x1b[1;32m';
  switch (st.kind) {
    case 'dir':
      return '\x1b[1;34m';
    case 'symlink':
      return '\x1b[1;36m';
    case 'fifo':
    case 'socket':
      return '\x1b[0;35m';
    case 'chardev':
      return '\x1b[1;35m';
    case 'file':
      return '\x1b[0;0m';
  }
}

export const BB_COLOR_END = '\x1b[m';
