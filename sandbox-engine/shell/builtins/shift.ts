/** shift [n]: drop the first n positional parameters; status 1 when there are fewer. */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const arg = b.argv[1];
  let n = 1;
  if (arg !== undefined) {
    if (!/^[0-9]+$/.test(arg.trim())) {
      if (isAlmquist(b.dialect)) return b.fail(`Illegal number: ${arg}`, 2);
      return b.fail(`${arg}: numeric argument required`, 1);
    }
    n = Number(arg.trim());
  }
  if (n > sh.positional.length) {
    // dash makes it an error (and shift is special: a script ends).
    if (b.dialect === 'dash') return b.fail("can't shift that many", 2);
    return 1;
  }
  sh.positional = sh.positional.slice(n);
  return 0;
}

export const shift: Builtin = { name: 'shift', special: true, run: (b) => {
  // The common `shift` with no argument stays synchronous.
  if (b.argv.length === 1) {
    if (b.sh.positional.length === 0) return b.dialect === 'dash' ? run(b) : 1;
    b.sh.positional = b.sh.positional.slice(1);
    return 0;
  }
  return run(b);
} };
