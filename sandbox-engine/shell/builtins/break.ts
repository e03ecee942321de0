/** break [n] and continue [n]: leave (or restart) the n-th enclosing loop. */
import { isAlmquist } from '../dialect.ts';
import { BreakSignal, type Builtin, type BuiltinContext } from './types.ts';

function make(kind: 'break' | 'continue'): Builtin {
  return {
    name: kind,
    special: true,
    run(b: BuiltinContext) {
      const arg = b.argv[1];
      let n = 1;
      if (arg !== undefined) {
        if (!/^[0-9]+$/.test(arg) || Number(arg) < 1) {
          if (isAlmquist(b.dialect)) return b.fail(`Illegal number: ${arg}`, 2);
          if (!/^-?[0-9]+$/.test(arg)) return b.fail(`${arg}: numeric argument required`, 128).then(() => {
            throw new BreakSignal('break', Number.MAX_SAFE_INTEGER);
          });
          return b.fail(`${arg}: loop count out of range`, 1);
        }
        n = Number(arg);
      }
      if (b.sh.loopDepth === 0) {
        if (isAlmquist(b.dialect)) return 0;
        return b.error("only meaningful in a `for', `while', or `until' loop").then(() => 0);
      }
      throw new BreakSignal(kind, Math.min(n, b.sh.loopDepth));
    },
  };
}

export const breakBuiltin = make('break');
export const continueBuiltin = make('continue');
