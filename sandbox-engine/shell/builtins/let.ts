/** let expr...: evaluate arithmetic; status 1 when the last value is 0. */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { ArithError, evaluate } from '../arith.ts';
import { ReadonlyError } from '../vars.ts';

function run(b: BuiltinContext): number | Promise<number> {
  const { sh, interp } = b;
  const args = b.argv.slice(1);
  if (args.length === 0) return b.fail('expression expected', 1);
  let v = 0n;
  try {
    for (const a of args) v = evaluate(a, { get: (n) => interp.param(sh, n), set: (n, val) => sh.vars.set(n, val) });
  } catch (e) {
    if (e instanceof ArithError) {
      if (isAlmquist(b.dialect)) return b.error(e.busyboxText()).then(() => 2);
      return b.error(e.gnuText()).then(() => 1);
    }
    if (e instanceof ReadonlyError) return interp.writeErr(sh, interp.messages.readonlyVar(interp.loc(sh), e.varName)).then(() => 1);
    throw e;
  }
  return v === 0n ? 1 : 0;
}

export const letBuiltin: Builtin = { name: 'let', run };
