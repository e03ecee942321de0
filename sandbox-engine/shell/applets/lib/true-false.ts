/**
 * true and false share one body: the shells' builtins and busybox ignore every argument; coreutils'
 * programs answer exactly one argument of --help or --version, and exit with their own status even
 * then (`/bin/false --help` prints the help and exits 1). Recorded from coreutils 9.1.
 */
import type { Applet } from '../../process.ts';
import { gnuHelp, gnuVersion } from './sys-usage.ts';

export function trueFalse(name: 'true' | 'false', status: number): Applet {
  return {
    name,
    async run(ctx) {
      if (ctx.flavour === 'gnu' && ctx.messagePrefix === '' && ctx.argv.length === 2) {
        if (ctx.argv[1] === '--help') await ctx.stdout.write(gnuHelp(ctx, name));
        else if (ctx.argv[1] === '--version') await ctx.stdout.write(gnuVersion(name));
      }
      return status;
    },
  };
}
