/** local name[=value]...: variables visible only in the running function (and what it calls). */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { isValidName } from '../parser.ts';
import { ReadonlyError } from '../vars.ts';
import { arrayItems } from './declare.ts';
import { AbortSignal, ExitSignal } from './types.ts';

function run(b: BuiltinContext): number | Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  if (sh.funcDepth === 0) return b.fail(ash ? 'not in a function' : 'can only be used in a function', 1);
  let status = 0;
  const errors: string[] = [];
  for (const a of b.argv.slice(1)) {
    // dash has no options here (`local -` alone saves the shell options; nothing to do here).
    if (b.dialect === 'dash' && a === '-') continue;
    if (a.startsWith('-') && b.dialect !== 'dash') continue;
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!isValidName(name)) {
      // dash names the builtin only when there was no `=value`.
      if (b.dialect === 'dash' && eq >= 0) return dashBadName(b, name);
      if (ash) return b.fail(`${name}: bad variable name`, 2);
      errors.push(`\`${a}': not a valid identifier`);
      status = 1;
      continue;
    }
    try {
      // `local x` without a value starts unset (bash and ash alike, recorded).
      const value = eq >= 0 ? a.slice(eq + 1) : undefined;
      const list = !ash && value !== undefined ? arrayItems(value) : undefined;
      sh.vars.declareLocal(name, list ? undefined : value);
      if (list) sh.vars.setArray(name, list);
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      errors.push(`${name}: readonly variable`);
      status = 1;
    }
  }
  if (errors.length === 0) return status;
  return (async () => {
    for (const m of errors) await b.error(m);
    return status;
  })();
}

/** dash reports a bad name in `local NAME=value` without naming the builtin, and the script ends. */
async function dashBadName(b: BuiltinContext, name: string): Promise<number> {
  const { interp, sh } = b;
  await interp.writeErr(sh, `${interp.messages.prefix(interp.loc(sh))}${name}: bad variable name\n`);
  throw interp.interactive ? new AbortSignal(2) : new ExitSignal(2);
}

export const local: Builtin = { name: 'local', run };
