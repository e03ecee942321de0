/** false: exit status 1 (see lib/true-false.ts for --help/--version). */
import type { Applet } from '../process.ts';
import { trueFalse } from './lib/true-false.ts';

export const applet: Applet = trueFalse('false', 1);
