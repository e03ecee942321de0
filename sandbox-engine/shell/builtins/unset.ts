/** unset [-v|-f] name...: remove variables (or functions with -f; without a flag bash tries both). */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { isValidName } from '../parser.ts';
import { ReadonlyError } from '../vars.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  let args = b.argv.slice(1);
  let mode: 'v' | 'f' | 'any' = 'any';
  if (b.dialect === 'dash' && args[0] !== undefined && /^-./.test(args[0]) && args[0] !== '--' && !/^-[vf]+$/.test(args[0])) {
    return b.fail(`Illegal option -${args[0].replace(/^-[vf]*/, '')[0]}`, 2);
  }
  while (args.length > 0 && /^-[vf]+$/.test(args[0])) {
    mode = args[0].includes('f') ? 'f' : 'v';
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  let status = 0;
  for (const name of args) {
    if (mode === 'f') {
      sh.functions.delete(name);
      continue;
    }
    const el = !ash ? /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(name) : null;
    if (el) {
      // `unset a[i]` (bash arrays)
      try {
        sh.vars.unsetElement(el[1], Number(await b.interp.arith(sh, el[2])));
      } catch (e) {
        if (!(e instanceof ReadonlyError)) throw e;
        await b.error(`${el[1]}: cannot unset: readonly variable`);
        status = 1;
      }
      continue;
    }
    if (!isValidName(name)) {
      if (ash) return b.fail(`${name}: bad variable name`, 2);
      await b.error(`\`${name}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (mode === 'any' && sh.vars.lookup(name) === undefined && sh.functions.has(name)) {
      sh.functions.delete(name);
      continue;
    }
    try {
      sh.vars.unset(name);
    } catch (e) {
      if (e instanceof ReadonlyError) {
        if (ash) return b.fail(`${name}: is read only`, 2);
        await b.error(`${name}: cannot unset: readonly variable`);
        status = 1;
        continue;
      }
      throw e;
    }
  }
  return status;
}

export const unset: Builtin = { name: 'unset', special: true, run };
