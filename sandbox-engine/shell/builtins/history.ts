/** history [-c] [n]: the session's command history, numbered as bash prints it (`%5d  %s`). */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';

async function run(b: BuiltinContext): Promise<number> {
  const cfg = b.interp.cfg;
  const args = b.argv.slice(1);
  if (args[0] === '-c') {
    cfg.clearHistory?.();
    return 0;
  }
  const list = cfg.history?.() ?? [];
  let start = 0;
  if (args[0] !== undefined) {
    if (!/^[0-9]+$/.test(args[0])) return b.fail(`${args[0]}: numeric argument required`, 1);
    start = Math.max(0, list.length - Number(args[0]));
  }
  let out = '';
  for (let i = start; i < list.length; i++) {
    out += isAlmquist(b.dialect) ? `${String(i).padStart(4)} ${list[i]}\n` : `${String(i + 1).padStart(5)}  ${list[i]}\n`;
  }
  await b.stdout.write(out);
  return 0;
}

export const history: Builtin = { name: 'history', run };
