/** kill as a builtin: the kill applet with the shell's message prefix. */
import { applet } from '../applets/kill.ts';
import { appletBuiltin } from './applet-builtin.ts';

export const kill = appletBuiltin('kill', applet);
