/**
 * Evaluating bash's `[[ expression ]]`: words expand without field splitting or globbing; the
 * right side of `==`/`!=` is a pattern (quoted parts literal), `=~` an extended regular expression
 * (quoted parts literal; the match goes to BASH_REMATCH, whole match only: no arrays here);
 * `-eq` and friends compare arithmetic values; file tests as in `test`.
 */
import type { CondExpr, WordPart } from './ast.ts';
import type { ShellInterp } from './shell-api.ts';
import type { Shell } from './shell-state.ts';
import { evalTest } from './applets/test.ts';
import { matchPattern } from './pattern.ts';

function regexSource(parts: readonly WordPart[], values: string[]): string {
  // values: the expansion of each part, in order; quoted parts are escaped.
  let out = '';
  parts.forEach((p, i) => {
    const v = values[i];
    const literal = p.type === 'quoted' || p.type === 'dq';
    out += literal ? v.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : v;
  });
  return out
    .replace(/\[\[:alpha:\]\]/g, '[A-Za-z]')
    .replace(/\[:alpha:\]/g, 'A-Za-z')
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9')
    .replace(/\[:space:\]/g, ' \\t\\n\\r\\f\\v')
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z')
    .replace(/\[:xdigit:\]/g, '0-9A-Fa-f')
    .replace(/\[:punct:\]/g, '!-\\/:-@\\[-`{-~');
}

export async function evalCond(interp: ShellInterp, sh: Shell, e: CondExpr): Promise<number> {
  const ex = interp.expander(sh);
  const str = (parts: readonly WordPart[]) => interp.run(sh, ex.string(parts));
  const test = (args: string[]): number => {
    const r = evalTest(args, false, { fs: sh.fs, isTTY: (fd) => sh.fds.get(fd)?.output?.isTTY ?? sh.fds.get(fd)?.input?.isTTY ?? false, varSet: (n) => interp.param(sh, n) !== undefined }, 'bash');
    return r.status === 0 ? 0 : 1;
  };
  switch (e.k) {
    case 'and':
      return (await evalCond(interp, sh, e.a)) === 0 ? evalCond(interp, sh, e.b) : 1;
    case 'or':
      return (await evalCond(interp, sh, e.a)) === 0 ? 0 : evalCond(interp, sh, e.b);
    case 'not':
      return (await evalCond(interp, sh, e.a)) === 0 ? 1 : 0;
    case 'word':
      return (await str(e.word.parts)) !== '' ? 0 : 1;
    case 'unary':
      return test([e.op, await str(e.arg.parts)]);
  }
  const left = await str(e.left.parts);
  switch (e.op) {
    case '=':
    case '==':
    case '!=': {
      const pat = await interp.run(sh, ex.pattern(e.right.parts));
      const m = matchPattern(pat, left);
      return m === (e.op !== '!=') ? 0 : 1;
    }
    case '=~': {
      const values: string[] = [];
      for (const p of e.right.parts) values.push(await str([p]));
      let re: RegExp;
      try {
        re = new RegExp(regexSource(e.right.parts, values));
      } catch {
        return 2;
      }
      const m = re.exec(left);
      sh.vars.setArray('BASH_REMATCH', m ? m.map((g) => g ?? '') : []);
      return m ? 0 : 1;
    }
    case '<':
      return left < (await str(e.right.parts)) ? 0 : 1;
    case '>':
      return left > (await str(e.right.parts)) ? 0 : 1;
    case '-eq':
    case '-ne':
    case '-lt':
    case '-le':
    case '-gt':
    case '-ge': {
      const a = await interp.arith(sh, left);
      const b = await interp.arith(sh, await str(e.right.parts));
      const r = e.op === '-eq' ? a === b : e.op === '-ne' ? a !== b : e.op === '-lt' ? a < b : e.op === '-le' ? a <= b : e.op === '-gt' ? a > b : a >= b;
      return r ? 0 : 1;
    }
    default:
      return test([left, e.op, await str(e.right.parts)]);
  }
}
