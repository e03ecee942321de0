/**
 * printf as a builtin: the printf applet with the shell's message prefix. bash's `printf -v VAR`
 * runs the applet into a buffer and assigns the result.
 */
import { applet } from '../applets/printf.ts';
import { appletBuiltin } from './applet-builtin.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { CaptureOutput } from '../pipe.ts';
import { isValidName } from '../parser.ts';
import { fromUtf8 } from '../../util/text.ts';
import { ReadonlyError } from '../vars.ts';

const plain = appletBuiltin('printf', applet);

async function run(b: BuiltinContext): Promise<number> {
  if (b.dialect !== 'bash' || b.argv[1] !== '-v' || b.argv.length < 4) return plain.run(b);
  const name = b.argv[2];
  if (!isValidName(name)) {
    await b.error(`\`${name}': not a valid identifier`);
    return 2;
  }
  const cap = new CaptureOutput(() => {});
  const inner = Object.create(b) as BuiltinContext;
  Object.defineProperty(inner, 'argv', { value: ['printf', ...b.argv.slice(3)] });
  Object.defineProperty(inner, 'stdout', { value: cap });
  const st = await plain.run(inner);
  try {
    b.sh.vars.set(name, fromUtf8(cap.bytes()));
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    await b.interp.writeErr(b.sh, b.interp.messages.readonlyVar(b.interp.loc(b.sh), name));
    return 1;
  }
  return st;
}

export const printf: Builtin = { name: 'printf', run };
