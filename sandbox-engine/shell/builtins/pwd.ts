/** pwd as a builtin: the pwd applet, given the shell's logical directory in PWD. */
import { applet } from '../applets/pwd.ts';
import { appletBuiltin } from './applet-builtin.ts';

export const pwd = appletBuiltin('pwd', applet, { pwd: true });
