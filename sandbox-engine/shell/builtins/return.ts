/** return [n]: leave the current function or sourced file with status n (default: last status). */
import { ExitSignal, ReturnSignal, parseStatusArg, type Builtin, type BuiltinContext } from './types.ts';

export const returnBuiltin: Builtin = {
  name: 'return',
  special: true,
  async run(b: BuiltinContext) {
    const { sh, flavour } = b;
    const arg = b.argv[1];
    let n = sh.status;
    if (arg !== undefined) {
      const v = parseStatusArg(arg);
      if (v === undefined) {
        if (flavour === 'busybox') return b.fail(`Illegal number: ${arg}`, 2);
        await b.error(`${arg}: numeric argument required`);
        n = 2;
      } else n = v;
    }
    if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
      if (flavour === 'busybox') throw new ExitSignal(n);
      await b.error("can only `return' from a function or sourced script");
      return 2;
    }
    throw new ReturnSignal(n);
  },
};
