/** return [n]: leave the current function or sourced file with status n (default: last status). */
import { isAlmquist } from '../dialect.ts';
import { ExitSignal, ReturnSignal, parseStatusArg, type Builtin, type BuiltinContext } from './types.ts';

export const returnBuiltin: Builtin = {
  name: 'return',
  special: true,
  async run(b: BuiltinContext) {
    const { sh } = b;
    const ash = isAlmquist(b.dialect);
    const arg = b.argv[1];
    let n = sh.status;
    if (arg !== undefined) {
      const v = parseStatusArg(arg);
      if (v === undefined || (ash && arg.trim().startsWith('-'))) {
        if (ash) return b.fail(`Illegal number: ${arg}`, 2);
        await b.error(`${arg}: numeric argument required`);
        n = 2;
      } else n = v;
    }
    if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
      if (ash) throw new ExitSignal(n);
      await b.error("can only `return' from a function or sourced script");
      return 2;
    }
    throw new ReturnSignal(n);
  },
};
