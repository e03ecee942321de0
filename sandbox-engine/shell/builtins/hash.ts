/** hash [-r] [name]: the simulator does not cache command locations, so the table is always empty. */
import type { Builtin } from './types.ts';

export const hash: Builtin = {
  name: 'hash',
  run: async (b) => {
    if (b.argv.length === 1 && b.flavour === 'gnu') await b.stdout.write('hash: hash table empty\n');
    return 0;
  },
};
