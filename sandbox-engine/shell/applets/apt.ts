/** apt: apt-get's commands with apt's warning that its CLI is not stable (pkg/ubuntu/apt-get.ts). */
import type { Applet } from '../process.ts';
import { aptApplet } from './apt-get.ts';

export const applet: Applet = aptApplet('apt');
