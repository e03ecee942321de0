/**
 * chmod-style modes (`755`, `u+x,go-w`, `a=r`, `g=u`, `+X`), for chmod and mkdir -m.
 *
 * GNU (gnulib modechange): a clause without [ugoa] is filtered by the umask; `=` clears only the
 * affected bits; an octal mode of fewer than 5 digits leaves a directory's setuid/setgid bits as they
 * were unless it sets them.
 * busybox (bb_parse_mode): octal replaces the mode; `=` without [ugoa] clears every bit, then adds
 * what the umask lets through; `o` does not cover the sticky bit.
 */

type Op = '+' | '-' | '=';

interface Action {
  op: Op;
  /** 'rwxXst' letters, or a class to copy from. */
  perms: string;
  copy?: 'u' | 'g' | 'o';
}

interface Clause {
  who: string;
  actions: Action[];
}

export type ModeSpec = { kind: 'octal'; value: number; digits: number } | { kind: 'symbolic'; clauses: Clause[] };

/** Parse a mode; null when invalid. */
export function parseMode(s: string): ModeSpec | null {
  if (/^[0-7]+$/.test(s)) {
    const value = parseInt(s, 8);
    return value > 0o7777 ? null : { kind: 'octal', value, digits: s.length };
  }
  if (/^\d/.test(s)) return null;
  const clauses: Clause[] = [];
  for (const part of s.split(',')) {
    const m = /^([ugoa]*)(.*)$/.exec(part)!;
    let rest = m[2];
    if (rest === '') return null;
    const actions: Action[] = [];
    while (rest !== '') {
      const a = /^([-+=])([ugo]|[rwxXst]*)/.exec(rest);
      if (!a) return null;
      const copy = a[2] === 'u' || a[2] === 'g' || a[2] === 'o' ? (a[2] as 'u' | 'g' | 'o') : undefined;
      actions.push({ op: a[1] as Op, perms: copy ? '' : a[2], copy });
      rest = rest.slice(a[0].length);
    }
    clauses.push({ who: m[1], actions });
  }
  return { kind: 'symbolic', clauses };
}

const SHIFT = { u: 6, g: 3, o: 0 } as const;

function gnuWhoMask(who: string): number {
  if (who === '' || who.includes('a')) return 0o7777;
  let m = 0;
  if (who.includes('u')) m |= 0o4700;
  if (who.includes('g')) m |= 0o2070;
  if (who.includes('o')) m |= 0o1007;
  return m;
}

/** The new mode under GNU rules. */
export function gnuApplyMode(spec: ModeSpec, oldMode: number, isDir: boolean, umask: number): number {
  const old = oldMode & 0o7777;
  if (spec.kind === 'octal') {
    if (isDir && spec.digits < 5) return spec.value | (old & 0o6000);
    return spec.value;
  }
  let m = old;
  for (const c of spec.clauses) {
    // Without [ugoa] the umask filters what is set, but `=` still clears every bit.
    const affected = gnuWhoMask(c.who);
    const omit = c.who === '' ? umask & 0o777 : 0;
    for (const a of c.actions) {
      let val = 0;
      if (a.copy) {
        const bits = (m >> SHIFT[a.copy]) & 7;
        val = (bits << 6) | (bits << 3) | bits;
      } else {
        for (const ch of a.perms) {
          if (ch === 'r') val |= 0o444;
          else if (ch === 'w') val |= 0o222;
          else if (ch === 'x') val |= 0o111;
          else if (ch === 'X') val |= isDir || m & 0o111 ? 0o111 : 0;
          else if (ch === 's') val |= 0o6000;
          else if (ch === 't') val |= 0o1000;
        }
      }
      val &= affected & ~omit;
      if (a.op === '+') m |= val;
      else if (a.op === '-') m &= ~val;
      else {
        // A directory keeps setuid/setgid under `=` unless this action sets them.
        let clear = affected;
        if (isDir) clear &= ~0o6000 | val;
        m = (m & ~clear) | val;
      }
    }
  }
  return m;
}

const BB_WHO: Record<string, number> = { a: 0o7777, u: 0o4700, g: 0o2070, o: 0o0007 };

/** The new mode under busybox rules (bb_parse_mode). */
export function busyboxApplyMode(spec: ModeSpec, oldMode: number, isDir: boolean, umask: number): number {
  if (spec.kind === 'octal') return spec.value;
  let m = oldMode & 0o7777;
  for (const c of spec.clauses) {
    let who = 0;
    for (const ch of c.who) who |= BB_WHO[ch];
    for (const a of c.actions) {
      if (a.op === '=') m &= who ? ~who : ~0o7777;
      let perm = 0;
      if (a.copy) {
        const mask = BB_WHO[a.copy] & 0o777 & m;
        for (const pm of [0o444, 0o222, 0o111]) if (mask & pm) perm |= pm;
      } else {
        for (const ch of a.perms) {
          if (ch === 'r') perm |= 0o444;
          else if (ch === 'w') perm |= 0o222;
          else if (ch === 'x') perm |= 0o111;
          else if (ch === 'X') perm |= isDir || m & 0o111 ? 0o111 : 0;
          else if (ch === 's') perm |= 0o6000;
          else if (ch === 't') perm |= 0o1000;
        }
      }
      if (perm) {
        perm &= who ? who : ~umask & 0o7777;
        if (a.op === '-') m &= ~perm;
        else m |= perm;
      }
    }
  }
  return m;
}
