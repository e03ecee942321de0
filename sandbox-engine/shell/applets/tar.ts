/**
 * tar: GNU tar 1.34 on the Debian host, busybox tar in alpine and busybox containers (lib/tar/).
 * What both read is decoded by archive/tar.ts, so `docker cp C:PATH - | tar -x` and
 * `docker export C | tar -t` see Docker's own archives; what they write is GNU's header format.
 */
import type { Applet } from '../process.ts';
import { gnuTar } from './lib/tar/gnu.ts';
import { busyboxTar } from './lib/tar/busybox.ts';

export const applet: Applet = {
  name: 'tar',
  run: (ctx) => (ctx.flavour === 'gnu' ? gnuTar(ctx) : busyboxTar(ctx)),
};
