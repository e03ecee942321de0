/** apk: Alpine's package manager over the offline repository (pkg/alpine/apk.ts). */
import type { Applet } from '../process.ts';
import { Apk } from '../../pkg/alpine/apk.ts';
import { networkUp } from '../../pkg/network.ts';

export const applet: Applet = {
  name: 'apk',
  async run(ctx) {
    const apk = new Apk({
      fs: ctx.fs,
      out: (t) => ctx.stdout.write(t),
      err: (t) => ctx.stderr.write(t),
      now: () => ctx.host.clock.now(),
      advance: (ms) => ctx.host.clock.advance(ms),
      online: networkUp(ctx.fs),
    });
    return apk.run(ctx.argv.slice(1));
  },
};
