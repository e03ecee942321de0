/** pwd as a builtin: the pwd applet, given the shell's logical directory in PWD. */
import { applet } from '../applets/pwd.ts';
import { appletBuiltin } from './applet-builtin.ts';
import type { Builtin } from './types.ts';

const plain = appletBuiltin('pwd', applet, { pwd: true });

export const pwd: Builtin = {
  name: 'pwd',
  run: (b) => {
    // dash words a bad option its own way; the rest is the applet's.
    const a = b.argv[1];
    if (b.dialect === 'dash' && a !== undefined && /^-./.test(a) && a !== '--' && !/^-[LP]+$/.test(a)) {
      return b.fail(`Illegal option -${a.replace(/^-[LP]*/, '')[0]}`, 2);
    }
    return plain.run(b);
  },
};
