/** printf as a builtin: the printf applet with the shell's message prefix (`printf -v` is not supported). */
import { applet } from '../applets/printf.ts';
import { appletBuiltin } from './applet-builtin.ts';

export const printf = appletBuiltin('printf', applet);
