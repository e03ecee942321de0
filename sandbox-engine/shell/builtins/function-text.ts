/**
 * A function definition as `type f` and `declare -f` print it. bash re-formats the body from its
 * syntax tree; this prints the definition's source text in bash's outer layout
 * (`f () ` on its own line, then the body), which matches for the usual one-level bodies.
 */
import type { FuncDef } from '../ast.ts';

export function printFunction(f: FuncDef): string {
  const src = f.source;
  const open = src.indexOf('{');
  const close = src.lastIndexOf('}');
  if (f.body.type !== 'group' || open < 0 || close < open) return `${f.name} () \n${src.slice(src.indexOf(')') + 1).trim()}\n`;
  const inner = src.slice(open + 1, close).trim();
  const lines = inner
    .split(/\n|;(?![^'"]*['"])/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return `${f.name} () \n{ \n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
}
