/** exit [n]: leave the shell with status n (default: the last status), modulo 256. */
import { isAlmquist } from '../dialect.ts';
import { ExitSignal, parseStatusArg, type Builtin, type BuiltinContext } from './types.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const args = b.argv.slice(1);
  if (b.interp.interactive && !sh.isSubshell && b.dialect === 'bash') await b.stderr.write('exit\n');
  if (args.length === 0) throw new ExitSignal(sh.status);
  const n = parseStatusArg(args[0]);
  if (isAlmquist(b.dialect)) {
    if (n === undefined || args[0].trim().startsWith('-')) {
      await b.fail(`Illegal number: ${args[0]}`, 2);
      return 2;
    }
    throw new ExitSignal(n);
  }
  if (n === undefined) {
    await b.error(`${args[0]}: numeric argument required`);
    throw new ExitSignal(2);
  }
  if (args.length > 1) {
    await b.error('too many arguments');
    return 1;
  }
  throw new ExitSignal(n);
}

export const exit: Builtin = { name: 'exit', special: true, run };
/** logout: the session is a login shell, so it leaves like exit. */
export const logout: Builtin = { name: 'logout', run };
