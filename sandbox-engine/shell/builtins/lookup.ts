/**
 * What a command name means to the shell, in bash's order: alias, keyword, function, builtin, file
 * found through PATH. Shared by `type` and `command -v/-V`.
 */
import type { BuiltinContext } from './types.ts';
import { resolveCommand } from '../programs.ts';

export const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc'];

/** bash keywords the Almquist shells lack. */
const NOT_ASH = ['select', 'time', '[[', ']]', 'coproc'];

/** A path `type` shows: dash says `a tracked alias for` once it has looked the command up before. */
export function trackedText(b: BuiltinContext, name: string, path: string): string {
  if (b.dialect !== 'dash' || name.includes('/')) return path;
  const tracked = b.sh.hashed.has(name);
  b.sh.hashed.set(name, path);
  return tracked ? `a tracked alias for ${path}` : path;
}

export type Meaning =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function' }
  | { kind: 'builtin'; special: boolean }
  | { kind: 'file'; path: string };

export function meanings(b: BuiltinContext, name: string, all: boolean, pathOnly = false, defaultPath = false): Meaning[] {
  const { sh } = b;
  const out: Meaning[] = [];
  if (!pathOnly) {
    const al = sh.aliases.get(name);
    if (al !== undefined) out.push({ kind: 'alias', value: al });
    if (KEYWORDS.includes(name) && (b.dialect === 'bash' || !NOT_ASH.includes(name)) && (b.dialect !== 'dash' || name !== 'function')) out.push({ kind: 'keyword' });
    if (sh.functions.has(name)) out.push({ kind: 'function' });
    const bi = b.interp.builtin(name);
    if (bi) out.push({ kind: 'builtin', special: bi.special === true });
    if (out.length > 0 && !all) return out;
  }
  const pathVar = defaultPath ? b.interp.defaultPath() : sh.vars.get('PATH');
  if (name.includes('/')) {
    const r = resolveCommand(name, pathVar, sh.fs);
    if (r.kind === 'found') out.push({ kind: 'file', path: name });
    return out;
  }
  for (const dir of (pathVar ?? '').split(':')) {
    const r = resolveCommand(name, dir === '' ? '.' : dir, sh.fs);
    if (r.kind === 'found') {
      out.push({ kind: 'file', path: r.path });
      if (!all) break;
    }
  }
  return out;
}
