/** eval [arg...]: join the arguments with spaces and run the result in this shell. */
import type { Builtin } from './types.ts';

export const evalBuiltin: Builtin = {
  name: 'eval',
  special: true,
  run: (b) => {
    const text = b.argv.slice(1).join(' ');
    if (text.trim() === '') return 0;
    return b.interp.evalText(b.sh, text, false);
  },
};
