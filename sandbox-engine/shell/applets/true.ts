/** true: exit status 0 (see lib/true-false.ts for --help/--version). */
import type { Applet } from '../process.ts';
import { trueFalse } from './lib/true-false.ts';

export const applet: Applet = trueFalse('true', 0);
