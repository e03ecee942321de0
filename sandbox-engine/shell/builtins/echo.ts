/** echo as a builtin: the echo applet with the shell's message prefix. */
import { applet } from '../applets/echo.ts';
import { appletBuiltin } from './applet-builtin.ts';

export const echo = appletBuiltin('echo', applet);
